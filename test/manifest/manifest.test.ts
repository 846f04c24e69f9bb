import { DOMParser } from '@xmldom/xmldom';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { devUrl, prodUrl, renderManifestForUrl } from '../../scripts/renderManifest';
import { repoRoot } from './support/loadManifestSchemas';
import { readPngSize } from './support/readPngSize';
import { validateManifestXml } from './support/validateManifestXml';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
} as const;

const manifestXml = readFileSync(path.join(repoRoot, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

type XmlElement = {
  getAttribute(name: string): string | null;
  textContent: string | null;
  localName: string;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>;
  parentNode: unknown;
};

function parse(xml: string): XmlElement {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  return doc.documentElement as unknown as XmlElement;
}

const all = (root: XmlElement, ns: string, name: string): XmlElement[] => Array.from(root.getElementsByTagNameNS(ns, name));

function only(root: XmlElement, ns: string, name: string): XmlElement {
  const found = all(root, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0] as XmlElement;
}

const attr = (element: XmlElement, name: string): string => element.getAttribute(name) ?? '';
const enOverride = (element: XmlElement, ns: string): string | undefined =>
  all(element, ns, 'Override')
    .find((o) => attr(o, 'Locale') === 'en-US')
    ?.getAttribute('Value') ?? undefined;

describe('manifest.xml against the Office XSDs (offline)', () => {
  it('is valid', async () => {
    const result = await validateManifestXml(manifestXml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('is valid once rendered for production, and the production copy never mentions localhost', async () => {
    const production = renderManifestForUrl(manifestXml, prodUrl);
    const result = await validateManifestXml(production, 'manifest.prod.xml');
    expect(result.errors).toEqual([]);
    expect(production).not.toMatch(/localhost|127\.0\.0\.1/);
    const urls = production.match(/https?:\/\/[^"<\s]+/g) ?? [];
    const addInUrls = urls.filter((url) => !url.startsWith('http://schemas.microsoft.com/') && !url.startsWith('http://www.w3.org/'));
    expect(addInUrls.length).toBeGreaterThan(5);
    for (const url of addInUrls) expect(url.startsWith(`${prodUrl}/`) || url === prodUrl).toBe(true);
  });

  it('rejects a manifest with <Requirements> before <Hosts> (the validator really checks order)', async () => {
    const requirements = manifestXml.match(/ {2}<Requirements>[\s\S]*?<\/Requirements>\n/)?.[0] ?? '';
    const hosts = manifestXml.match(/ {2}<Hosts>\n {4}<Host Name="Workbook"\/>\n {2}<\/Hosts>\n/)?.[0] ?? '';
    expect(requirements).not.toBe('');
    expect(hosts).not.toBe('');
    const swapped = manifestXml.replace(hosts, '__HOSTS__').replace(requirements, hosts).replace('__HOSTS__', requirements);
    const result = await validateManifestXml(swapped);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Requirements|Hosts/);
  });
});

describe('manifest.xml content', () => {
  const root = parse(manifestXml);

  it('is an Excel task-pane add-in with a fixed id and the package version', () => {
    expect(attr(root, 'xsi:type')).toBe('TaskPaneApp');
    expect(only(root, NS.app, 'Id').textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(only(root, NS.app, 'Version').textContent).toBe(`${pkg.version}.0`);
    expect(all(root, NS.app, 'Host').map((host) => attr(host, 'Name'))).toEqual(['Workbook']);
    expect(only(root, NS.app, 'Permissions').textContent).toBe('ReadWriteDocument');
  });

  it('requires ExcelApi 1.9, in the base manifest and in the VersionOverrides', () => {
    const sets = [...all(root, NS.app, 'Set'), ...all(root, NS.bt, 'Set')];
    expect(sets).toHaveLength(2);
    for (const set of sets) {
      expect(attr(set, 'Name')).toBe('ExcelApi');
      expect(attr(set, 'MinVersion')).toBe('1.9');
    }
  });

  it('opens the task pane from the development URL, the single source in package.json', () => {
    expect(devUrl).toBe('https://localhost:3000');
    const source = only(only(root, NS.app, 'DefaultSettings'), NS.app, 'SourceLocation');
    expect(attr(source, 'DefaultValue')).toBe(`${devUrl}/taskpane.html`);
    const taskpaneUrl = all(root, NS.bt, 'Url').find((url) => attr(url, 'id') === 'Taskpane.Url');
    expect(taskpaneUrl && attr(taskpaneUrl, 'DefaultValue')).toBe(`${devUrl}/taskpane.html`);
    expect(all(root, NS.app, 'AppDomain').map((domain) => domain.textContent)).toContain(devUrl);
    expect(manifestXml).not.toContain('preview.html');
  });

  it('is French by default with English overrides for every user-visible string', () => {
    expect(only(root, NS.app, 'DefaultLocale').textContent).toBe('fr-FR');
    const displayName = only(root, NS.app, 'DisplayName');
    expect(attr(displayName, 'DefaultValue')).toBe('Suivi Clients');
    expect(enOverride(displayName, NS.app)).toBe('Client Tracking');
    const description = only(root, NS.app, 'Description');
    expect(attr(description, 'DefaultValue')).toMatch(/clients/);
    expect(enOverride(description, NS.app)).toMatch(/client/);
    const strings = all(root, NS.bt, 'String');
    expect(strings.length).toBeGreaterThanOrEqual(5);
    for (const string of strings) {
      expect([attr(string, 'id'), enOverride(string, NS.bt)]).toEqual([attr(string, 'id'), expect.any(String)]);
    }
  });

  it('speaks English to every English-speaking locale, not only en-US (Office falls back to French otherwise)', () => {
    const englishLocales = ['en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IE', 'en-IN', 'en-NZ', 'en-SG', 'en-ZA'];
    const localised = [
      only(root, NS.app, 'DisplayName'),
      only(root, NS.app, 'Description'),
      only(root, NS.app, 'SupportUrl'),
      ...all(root, NS.bt, 'String'),
      ...all(root, NS.bt, 'Url').filter((url) => all(url, NS.bt, 'Override').length > 0),
    ];
    for (const element of localised) {
      const overrides = [...all(element, NS.app, 'Override'), ...all(element, NS.bt, 'Override')];
      const english = enOverride(element, NS.app) ?? enOverride(element, NS.bt);
      expect([attr(element, 'id') ?? element.localName, overrides.map((o) => [attr(o, 'Locale'), attr(o, 'Value')])]).toEqual([
        attr(element, 'id') ?? element.localName,
        englishLocales.map((locale) => [locale, english]),
      ]);
    }
  });

  it('points SupportUrl and LearnMoreUrl at the help page (French, and its English part for English locales), not at the pane', () => {
    const support = only(root, NS.app, 'SupportUrl');
    expect(attr(support, 'DefaultValue')).toBe('https://localhost:3000/help.html');
    expect(enOverride(support, NS.app)).toBe('https://localhost:3000/help.html#en');
    const learnMore = all(root, NS.bt, 'Url').find((url) => attr(url, 'id') === 'GetStarted.LearnMoreUrl');
    expect(learnMore && attr(learnMore, 'DefaultValue')).toBe('https://localhost:3000/help.html');
    expect(learnMore && enOverride(learnMore, NS.bt)).toBe('https://localhost:3000/help.html#en');
    const page = readFileSync(path.join(repoRoot, 'src/help/help.html'), 'utf8');
    expect(page).toMatch(
      /<section id="fr" lang="fr">[\s\S]*Les colonnes du modèle[\s\S]*<section id="en" lang="en">[\s\S]*The template’s columns/,
    );
    expect(page).not.toMatch(/<script/);
  });

  describe('the "Clients" group on the Home tab', () => {
    const tab = only(root, NS.ov, 'OfficeTab');
    const group = only(tab, NS.ov, 'Group');
    const strings = new Map(all(root, NS.bt, 'String').map((s) => [attr(s, 'id'), s]));
    const text = (resid: string) => attr(strings.get(resid) ?? parse('<none/>'), 'DefaultValue');
    const english = (resid: string) => {
      const string = strings.get(resid);
      return string ? enOverride(string, NS.bt) : undefined;
    };
    const urls = new Map(all(root, NS.bt, 'Url').map((url) => [attr(url, 'id'), attr(url, 'DefaultValue')]));
    const controls = all(group, NS.ov, 'Control');
    const control = (id: string) => {
      const found = controls.find((c) => attr(c, 'id') === id);
      if (!found) throw new Error(`no control ${id}`);
      return found;
    };
    // Direct children only: a control's own label, not its items'.
    const own = (element: XmlElement, name: string) => all(element, NS.ov, name).filter((child) => child.parentNode === element);
    const labelOf = (element: XmlElement) => attr(own(element, 'Label')[0] ?? parse('<none/>'), 'resid');

    it('sits on the Home tab and is labelled "Clients"', () => {
      expect(attr(tab, 'id')).toBe('TabHome');
      expect(text(labelOf(group))).toBe('Clients');
    });

    it('holds, in order, the pane button, the "Feuille clients" menu and the "Importer" button', () => {
      expect(controls.map((c) => [attr(c, 'xsi:type'), attr(c, 'id')])).toEqual([
        ['Button', 'SuiviClients.ShowTaskpane'],
        ['Menu', 'SuiviClients.SheetMenu'],
        ['Button', 'SuiviClients.Import'],
      ]);
    });

    it('shows the task pane with the "Suivi Clients" button', () => {
      const button = control('SuiviClients.ShowTaskpane');
      expect(text(labelOf(button))).toBe('Suivi Clients');
      const action = only(button, NS.ov, 'Action');
      expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
      expect(only(action, NS.ov, 'TaskpaneId').textContent).toBe('SuiviClients.Taskpane');
      expect(attr(only(action, NS.ov, 'SourceLocation'), 'resid')).toBe('Taskpane.Url');
    });

    it('inserts the template, validates the sheet and refreshes it from the store from the menu, with function commands', () => {
      const menu = control('SuiviClients.SheetMenu');
      expect(text(labelOf(menu))).toBe('Feuille clients');
      const items = all(menu, NS.ov, 'Item');
      expect(
        items.map((item) => [
          attr(item, 'id'),
          text(labelOf(item)),
          attr(only(item, NS.ov, 'Action'), 'xsi:type'),
          only(item, NS.ov, 'FunctionName').textContent,
        ]),
      ).toEqual([
        ['SuiviClients.InsertTemplate', 'Insérer le modèle', 'ExecuteFunction', 'insertTemplate'],
        ['SuiviClients.ValidateSheet', 'Valider la feuille', 'ExecuteFunction', 'validateSheet'],
        ['SuiviClients.RefreshFromStore', 'Actualiser depuis la base', 'ExecuteFunction', 'refreshFromStore'],
      ]);
      const refresh = items[2];
      if (refresh === undefined) throw new Error('no refresh item');
      expect(english(labelOf(refresh))).toBe('Refresh from the client base');
      const tooltip = attr(only(only(refresh, NS.ov, 'Supertip'), NS.ov, 'Description'), 'resid');
      expect(text(tooltip)).toMatch(/^Met à jour les clients de la feuille active avec la base\u00a0: /);
      expect(english(tooltip)).toMatch(/without overwriting what you changed in the sheet\.$/);
    });

    it('imports with the "Importer" button: a function command, so an open pane is never reloaded by a ribbon button', () => {
      const button = control('SuiviClients.Import');
      expect([text(labelOf(button)), english(labelOf(button))]).toEqual(['Importer', 'Import']);
      const supertip = only(button, NS.ov, 'Supertip');
      expect(attr(only(supertip, NS.ov, 'Title'), 'resid')).toBe(labelOf(button));
      const tooltip = attr(only(supertip, NS.ov, 'Description'), 'resid');
      expect(text(tooltip)).toMatch(/^Importe la feuille active dans la base clients par le volet ouvert, sans le recharger/);
      expect(english(tooltip)).toMatch(/^Imports the active sheet into the client base through the open pane, never reloading it/);
      expect(all(button, NS.bt, 'Image').map((image) => attr(image, 'size'))).toEqual(['16', '20', '24', '32', '40', '48', '64', '80']);
      const action = only(button, NS.ov, 'Action');
      expect(attr(action, 'xsi:type')).toBe('ExecuteFunction');
      expect(only(action, NS.ov, 'FunctionName').textContent).toBe('requestImport');
    });

    it('shows the pane from one SourceLocation only: Office replaces an open pane whose button names another URL', () => {
      const sources = all(root, NS.ov, 'Action')
        .filter((action) => attr(action, 'xsi:type') === 'ShowTaskpane')
        .map((action) => attr(only(action, NS.ov, 'SourceLocation'), 'resid'));
      expect(new Set(sources)).toEqual(new Set(['Taskpane.Url']));
      expect(urls.get('Taskpane.Url')).toBe(`${devUrl}/taskpane.html`);
    });
  });

  it('refers only to resources it defines', () => {
    const defined = new Set(
      [...all(root, NS.bt, 'Image'), ...all(root, NS.bt, 'Url'), ...all(root, NS.bt, 'String')]
        .map((element) => attr(element, 'id'))
        .filter((id) => id !== ''),
    );
    const references = (manifestXml.match(/resid="[^"]+"/g) ?? []).map((match) => match.slice(7, -1));
    expect(references.length).toBeGreaterThan(10);
    for (const id of references) expect([id, defined.has(id)]).toEqual([id, true]);
  });

  it('points every icon at a PNG in assets/ of the size it is declared with', () => {
    const imageUrls = new Map(
      all(root, NS.bt, 'Image')
        .filter((image) => attr(image, 'id') !== '')
        .map((image) => [attr(image, 'id'), attr(image, 'DefaultValue')]),
    );
    const expectations: Array<[string, number]> = [
      [attr(only(root, NS.app, 'IconUrl'), 'DefaultValue'), 32],
      [attr(only(root, NS.app, 'HighResolutionIconUrl'), 'DefaultValue'), 64],
    ];
    for (const reference of all(root, NS.bt, 'Image').filter((image) => attr(image, 'resid') !== '')) {
      expectations.push([imageUrls.get(attr(reference, 'resid')) ?? '', Number(attr(reference, 'size'))]);
    }
    const sizes = new Set(expectations.map(([, size]) => size));
    for (const required of [16, 32, 80]) expect(sizes.has(required)).toBe(true);
    for (const [url, size] of expectations) {
      expect(url.startsWith(`${devUrl}/assets/`)).toBe(true);
      const file = path.join(repoRoot, 'assets', url.slice(`${devUrl}/assets/`.length));
      expect([url, existsSync(file)]).toEqual([url, true]);
      expect(readPngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });
});
