// One source for the add-in's URLs: package.json "config" (devUrl, prodUrl).
// manifest.xml is written with devUrl; the production build and tests derive other copies from it.
const pkg = require('../package.json');

/** @param {string} manifestXml @param {string} targetUrl */
function renderManifestForUrl(manifestXml, targetUrl) {
  return manifestXml.split(pkg.config.devUrl).join(targetUrl.replace(/\/$/, ''));
}

module.exports = { renderManifestForUrl, devUrl: pkg.config.devUrl, prodUrl: pkg.config.prodUrl };
