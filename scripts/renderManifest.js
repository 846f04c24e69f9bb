// One source for the add-in's URLs: package.json "config" (devUrl, prodUrl).
// manifest.xml is written with devUrl; the production build and tests derive other copies from it.
const pkg = require('../package.json');

const devUrl = pkg.config.devUrl.replace(/\/$/, '');
const prodUrl = pkg.config.prodUrl.replace(/\/$/, '');

/**
 * The manifest with every occurrence of devUrl replaced by targetUrl (an https origin, trailing slash ignored).
 * @param {string} manifestXml @param {string} targetUrl @returns {string}
 */
function renderManifestForUrl(manifestXml, targetUrl) {
  const target = new URL(targetUrl);
  if (target.protocol !== 'https:' || target.pathname !== '/' || target.search || target.hash) {
    throw new Error(`renderManifestForUrl: expected an https origin, got "${targetUrl}"`);
  }
  if (!manifestXml.includes(devUrl)) {
    throw new Error(`renderManifestForUrl: the manifest does not mention the development URL ${devUrl}`);
  }
  return manifestXml.split(devUrl).join(target.origin);
}

module.exports = { renderManifestForUrl, devUrl, prodUrl };
