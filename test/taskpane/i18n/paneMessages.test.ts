import { StoreClientErrorCode } from '@/api-client/StoreClientError';
import { COLUMN_KEYS, MAPPING_TARGETS, sheetMessagesEn, sheetMessagesFr } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';
import { en } from '@/taskpane/i18n/en';
import { fr } from '@/taskpane/i18n/fr';

/** Sample arguments a message may be called with: names, codes, civilities, counts, an import's counts, issue parameters. */
const codes = [
  ...StoreClientErrorCode,
  ...MAPPING_TARGETS,
  ...COLUMN_KEYS,
  'url_required',
  'url_invalid',
  'token_required',
  'exact',
  'strong',
  'weak',
  'user',
  'unknown',
  'other',
];
const issueParams = [
  {
    value: 'Suise',
    max: 100,
    length: 120,
    firstRow: 4,
    firstColumn: 'B',
    firstHeader: 'Nom',
    lastName: 'Gaillard',
    firstName: 'Nadia',
    restored: '+41 22 310 45 67',
    digits: 4,
    country: 'CH',
    position: 3,
  },
];
const argumentSets: unknown[][] = [
  ['Nadia Gaillard', 'CL-000136', 'Mme'],
  ['Marc Rochat', 'CL-000137', 'M.'],
  ['Rochat', 'CL-000138', null],
  [1234, 2, 0, 5],
  [1, 1, 1, 1],
  [['Nom *', 'Email *']],
  ['sqlite', 'CH'],
  [{ created: 1200, updated: 3, unchanged: 0, failed: 2, notImported: 5 }],
  issueParams,
  ...codes.map((code) => [code, 'CH', 'C']),
];

/** Every text of a catalogue, by path: a string as is, a function called with every argument set that gives a whole text. */
function texts(value: unknown, sets: unknown[][] = argumentSets, path = ''): Map<string, string[]> {
  const found = new Map<string, string[]>();
  if (typeof value === 'string') found.set(path, [value]);
  else if (typeof value === 'function') {
    const outputs = sets.flatMap((args) => {
      try {
        const text: unknown = (value as (...args: unknown[]) => unknown)(...args);
        return typeof text === 'string' && !/undefined|NaN|\[object/.test(text) ? [text] : [];
      } catch {
        return [];
      }
    });
    found.set(path, [...new Set(outputs)]);
  } else if (Array.isArray(value))
    value.forEach((item, index) => texts(item, sets, `${path}[${index}]`).forEach((v, k) => found.set(k, v)));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) texts(child, sets, `${path}.${key}`).forEach((v, k) => found.set(k, v));
  }
  return found;
}

/** Where French typography wants a no-break space (U+00A0, or U+202F before ; ? !) and a plain one stands. */
function typographyFaults(text: string): string[] {
  const faults: string[] = [];
  for (const match of text.matchAll(/(?<=\S) (?=[:;?!»])|(?<=«) /g)) {
    faults.push(`…${text.slice(Math.max(0, match.index - 12), match.index + 3)}…`);
  }
  for (const match of text.matchAll(/\d (Mo|Ko|MB|KB|%)(?![\p{L}])/gu)) faults.push(`…${match[0]}…`);
  return faults;
}

const paneFr = texts(fr);
const paneEn = texts(en);
/** The sheet's texts: the issues take their parameters, the others a header and a message, or a count and headers. */
const sheetTexts = (messages: typeof sheetMessagesFr) =>
  new Map([
    ...texts(messages.issues, [issueParams], '.issues'),
    ...texts({ ...messages, issues: {} }, [
      ['Email *', 'Adresse e-mail invalide.'],
      [3, 'Nom *, Email *'],
    ]),
  ]);
const sheetFr = sheetTexts(sheetMessagesFr);
const sheetEn = sheetTexts(sheetMessagesEn);

describe('the pane catalogues', () => {
  it('has every French key in English, each giving a whole text in both languages', () => {
    expect([...paneEn.keys()].sort()).toEqual([...paneFr.keys()].sort());
    for (const [path, outputs] of [...paneFr, ...paneEn]) {
      expect({ path, texts: outputs.length > 0 && outputs.every((text) => text.trim() !== '') }).toEqual({ path, texts: true });
    }
  });

  it('translates every French text into English (only names, codes and the sheet’s own French words stay)', () => {
    const same = [...paneFr].filter(([path, outputs]) => outputs.length > 0 && paneEn.get(path)?.join('\n') === outputs.join('\n'));
    const allowed = [
      '.appTitle',
      '.dialog.defaultTitle',
      '.tabs.clients',
      '.clients.fields.email',
      '.clients.fields.mobile',
      '.clients.fields.notes',
      '.clients.profile.empty',
      '.clients.form.titles.none',
      '.commands.importTitle',
      '.mapping.target',
      // « Information » is the same word in both languages.
      '.importer.report.information',
    ];
    expect(same.map(([path]) => path).filter((path) => !allowed.some((prefix) => path.startsWith(prefix)))).toEqual([]);
  });

  it('never says "magasin", "store" or the developer’s words (SQLite, PostgreSQL, local-dev, npm) to the user', () => {
    const jargon = /magasin|\bstores?\b|sqlite|postgres|local-dev|\bnpm\b/i;
    const found = [...paneFr, ...paneEn, ...sheetFr, ...sheetEn].flatMap(([path, outputs]) =>
      outputs.filter((text) => jargon.test(text.replace(/sqlite/g, ''))).map((text) => `${path}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('calls the database by what it is for the user: "Base locale" or "Serveur", "Local database" or "Server"', () => {
    expect(fr.status.connectedDetails('sqlite', 'CH')).toBe('Base locale · pays de référence Suisse');
    expect(fr.status.connectedDetails('postgres', 'FR')).toBe('Serveur · pays de référence France');
    expect(en.status.connectedDetails('sqlite', 'CH')).toBe('Local database · home country Switzerland');
    expect(en.settings.testConnected('postgres', 'DE')).toBe('Connection succeeded: Server, home country Germany.');
  });
});

describe('French typography', () => {
  it.each([
    ['the pane, the ribbon’s dialogs and the dialog page', paneFr],
    ['the sheet (notes, "Anomalies", "Statut import") and the store’s row reasons', sheetFr],
  ])('puts a no-break space before : ; ? ! » and after « in %s', (_where, catalogue) => {
    const faults = [...catalogue].flatMap(([path, outputs]) =>
      outputs.flatMap((text) => typographyFaults(text).map((at) => `${path} ${at}`)),
    );
    expect(faults).toEqual([]);
  });

  it('finds the faults it looks for', () => {
    expect(typographyFaults('Nom : « Dupont » ; ok ? oui ! 10 Mo')).toHaveLength(7);
    expect(typographyFaults('Nom\u00a0: «\u00a0Dupont\u00a0»\u00a0; ok\u202f? https://x.ch 10:00 10\u00a0Mo')).toEqual([]);
  });

  it('writes counts with the fr-CH group separator, a space that does not break', () => {
    expect(formatNumber(12345, 'fr')).toBe('12\u202f345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(fr.importer.importProgress(1200, 3000)).toBe('1\u202f200 / 3\u202f000 lignes importées');
    expect(fr.clients.find.count(1234)).toBe('1\u202f234 clients');
    expect(fr.commands.rows(1500, 1499)).toBe('1\u202f500 lignes de données, dont 1\u202f499 valides.');
    expect(en.importer.importSummary({ created: 1200, updated: 3, unchanged: 0, failed: 2, notImported: 0 })).toBe(
      'Created: 1,200 · Updated: 3 · Unchanged: 0 · Failed: 2',
    );
  });
});

describe('agreement with the client’s civility', () => {
  it.each([
    ['Mme', 'Nadia Gaillard est enregistrée (code CL-000136).', 'Nadia Gaillard sera retirée de la liste des clients.'],
    ['M.', 'Nadia Gaillard est enregistré (code CL-000136).', 'Nadia Gaillard sera retiré de la liste des clients.'],
    [
      null,
      'La fiche de Nadia Gaillard est enregistrée (code CL-000136).',
      'La fiche de Nadia Gaillard sera retirée de la liste des clients.',
    ],
    [
      undefined,
      'La fiche de Nadia Gaillard est enregistrée (code CL-000136).',
      'La fiche de Nadia Gaillard sera retirée de la liste des clients.',
    ],
  ])('%s: "%s"', (title, created, deleted) => {
    expect(fr.clients.form.created('Nadia Gaillard', 'CL-000136', title)).toBe(created);
    expect(fr.clients.profile.deleteBody('Nadia Gaillard', title).startsWith(deleted)).toBe(true);
  });

  it('needs no agreement in English', () => {
    expect(en.clients.form.created('Nadia Gaillard', 'CL-000136', 'Mme')).toBe('Nadia Gaillard is saved (code CL-000136).');
  });
});
