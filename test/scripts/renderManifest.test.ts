import { devUrl, prodUrl, renderManifestForUrl } from '../../scripts/renderManifest';

const xml = `<a href="${devUrl}/taskpane.html"/><b>${devUrl}</b><c v="${devUrl}/assets/icon-32.png"/>`;

describe('renderManifestForUrl', () => {
  it('takes both URLs from package.json "config"', () => {
    expect(devUrl).toBe('https://localhost:3000');
    expect(prodUrl).toMatch(/^https:\/\/[^/]+$/);
  });

  it('replaces every occurrence of the development URL, a trailing slash ignored', () => {
    const expected =
      '<a href="https://clients.example.ch/taskpane.html"/><b>https://clients.example.ch</b><c v="https://clients.example.ch/assets/icon-32.png"/>';
    expect(renderManifestForUrl(xml, 'https://clients.example.ch')).toBe(expected);
    expect(renderManifestForUrl(xml, 'https://clients.example.ch/')).toBe(expected);
    expect(renderManifestForUrl(xml, devUrl)).toBe(xml);
  });

  it.each([['http://clients.example.ch'], ['https://clients.example.ch/app'], ['https://clients.example.ch/?x=1'], ['not a url']])(
    'refuses %s (an https origin only)',
    (target) => {
      expect(() => renderManifestForUrl(xml, target)).toThrow();
    },
  );

  it('refuses a manifest that does not mention the development URL (nothing would be rewritten)', () => {
    expect(() => renderManifestForUrl('<a href="https://elsewhere.ch"/>', prodUrl)).toThrow(/does not mention/);
  });
});
