import { describeValidation } from '@/commands/describeValidation';
import type { Issue, Language } from '@/domain';
import type { ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';

const makeIssue = (overrides: Partial<Issue> = {}): Issue => ({
  code: 'email.invalid',
  severity: 'error',
  row: 3,
  column: 'email',
  header: 'Email',
  columnLetter: 'G',
  params: { value: 'secret-value' },
  suggestion: null,
  ...overrides,
});

type ResultOverrides = Partial<Omit<ActiveSheetValidation['validation'], 'columns'>> & {
  missingRequired?: ActiveSheetValidation['validation']['columns']['missingRequired'];
  marked?: Partial<ActiveSheetValidation['marked']>;
};

const makeResult = ({ missingRequired = [], marked = {}, ...validation }: ResultOverrides = {}): ActiveSheetValidation => ({
  sheetName: 'Clients 2026',
  validation: {
    headerRow: 1,
    headerSignature: null,
    sourceColumns: [],
    columns: { mapped: [], missingRequired, unknown: [], addIn: [], alternatives: [], duplicate: [] },
    rows: 10,
    validRows: 10,
    issues: [],
    records: [],
    ...validation,
  },
  marked: { cells: 0, mode: 'notes', withoutNote: 0, tooManyForNotes: false, withComment: 0, ...marked },
  mapping: { source: 'engine', entries: [], signature: '', sourceColumns: [] },
});

describe('describeValidation', () => {
  const cases: Array<{ name: string; lang: Language; result: ActiveSheetValidation; kind: 'info' | 'error'; lines: string[] }> = [
    {
      name: 'all valid (fr)',
      lang: 'fr',
      result: makeResult(),
      kind: 'info',
      lines: ['Feuille «\u00a0Clients 2026\u00a0».', '10 lignes de données, dont 10 valides.', 'Aucune anomalie.'],
    },
    {
      name: 'all valid (en)',
      lang: 'en',
      result: makeResult({ rows: 1, validRows: 1 }),
      kind: 'info',
      lines: ['Sheet “Clients 2026”.', '1 data row, 1 valid.', 'No issues.'],
    },
    {
      name: 'no data rows under the header row',
      lang: 'fr',
      result: makeResult({ rows: 0, validRows: 0 }),
      kind: 'info',
      lines: ['Feuille «\u00a0Clients 2026\u00a0».', "Aucune ligne de clients sous la ligne d'en-têtes.", 'Aucune anomalie.'],
    },
    {
      name: 'anomalies marked with notes, some cells already had their own note',
      lang: 'fr',
      result: makeResult({ validRows: 7, issues: [makeIssue(), makeIssue({ row: 4 })], marked: { cells: 4, withoutNote: 1 } }),
      kind: 'info',
      lines: [
        'Feuille «\u00a0Clients 2026\u00a0».',
        '10 lignes de données, dont 7 valides.',
        '4 cellules marquées\u00a0: la raison est dans la note de chaque cellule.',
        'Une de ces cellules avait déjà sa propre note\u00a0: seule sa couleur la signale.',
        'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
      ],
    },
    {
      name: 'anomalies marked with notes, two cells with a threaded comment',
      lang: 'fr',
      result: makeResult({ validRows: 7, issues: [makeIssue(), makeIssue({ row: 4 })], marked: { cells: 4, withComment: 2 } }),
      kind: 'info',
      lines: [
        'Feuille «\u00a0Clients 2026\u00a0».',
        '10 lignes de données, dont 7 valides.',
        '4 cellules marquées\u00a0: la raison est dans la note de chaque cellule.',
        '2 de ces cellules ont un commentaire, où une note n’est pas possible\u00a0: leur raison est dans la colonne «\u00a0Anomalies\u00a0».',
        'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
      ],
    },
    {
      name: 'anomalies in the "Anomalies" column (en)',
      lang: 'en',
      result: makeResult({ validRows: 9, issues: [makeIssue()], marked: { cells: 1, mode: 'column' } }),
      kind: 'info',
      lines: [
        'Sheet “Clients 2026”.',
        '10 data rows, 9 valid.',
        '1 cell marked: the reasons are in the “Anomalies” column.',
        'Open Suivi Clients (Import tab) for the detailed list.',
      ],
    },
    {
      name: 'too many cells for notes: the messages went to the "Anomalies" column',
      lang: 'fr',
      result: makeResult({
        validRows: 0,
        issues: [makeIssue()],
        marked: { cells: 12000, mode: 'column', tooManyForNotes: true, withComment: 0 },
      }),
      kind: 'info',
      lines: [
        'Feuille «\u00a0Clients 2026\u00a0».',
        '10 lignes de données, dont 0 valide.',
        '12\u202f000 cellules marquées\u00a0: les raisons sont dans la colonne «\u00a0Anomalies\u00a0».',
        'Elles sont trop nombreuses pour des notes.',
        'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
      ],
    },
    {
      name: 'required columns missing, by their template header',
      lang: 'fr',
      result: makeResult({
        validRows: 0,
        missingRequired: ['firstName', 'email'],
        issues: [makeIssue({ code: 'column.missingRequired', row: null, columnLetter: null })],
      }),
      kind: 'error',
      lines: [
        'Feuille «\u00a0Clients 2026\u00a0».',
        '10 lignes de données, dont 0 valide.',
        'Colonnes obligatoires manquantes\u00a0: Prénom, Email.',
        'Ouvrez Suivi Clients (onglet Importer) pour la liste détaillée.',
      ],
    },
    {
      name: 'no header row',
      lang: 'en',
      result: makeResult({ headerRow: null, rows: 0, validRows: 0, issues: [makeIssue({ code: 'header.notFound' })] }),
      kind: 'error',
      lines: [
        'Sheet “Clients 2026”.',
        'No header row found in the first 20 rows: insert the template or add the headers, then validate again.',
      ],
    },
  ];

  it.each(cases)('$name', ({ lang, result, kind, lines }) => {
    const content = describeValidation(result, lang);
    expect(content).toEqual({ lang, kind, title: lang === 'fr' ? 'Valider la feuille' : 'Validate sheet', lines });
    expect(JSON.stringify(content)).not.toContain('secret-value');
  });
});
