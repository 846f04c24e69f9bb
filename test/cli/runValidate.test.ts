import { ReadFailure } from '@/spreadsheet/ReadFailure';
import { runValidate } from '@/cli/validate/runValidate';
import { compoundFile } from './support/compoundFile';
import { frenchExportCsv, missingEmailXlsx, swissExportXlsx } from './support/messyFixtures';
import { writeXlsx } from './support/writeXlsx';
import { clientTemplate, TEMPLATE_EXAMPLE } from '@/domain';

const files = new Map<string, Uint8Array>([
  ['clients-suisse.xlsx', swissExportXlsx()],
  ['export-france.csv', frenchExportCsv()],
  ['sans-email.xlsx', missingEmailXlsx()],
  ['vide.csv', new Uint8Array(0)],
  ['protege.xlsx', compoundFile(true)],
  ['ancien.xls', compoundFile(false)],
  ['photo.xlsx', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])],
  ['titres.xlsx', writeXlsx([{ name: 'S', rows: [['Liste'], ['a', 'b']] }])],
  [
    'modele.xlsx',
    writeXlsx([
      {
        name: 'Clients',
        rows: [
          clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header)),
          clientTemplate.map((column) => (column.key === 'birthDate' ? new Date(Date.UTC(1981, 2, 9)) : TEMPLATE_EXAMPLE[column.key])),
          clientTemplate.map((column) =>
            column.key === 'lastName'
              ? 'Gaillard'
              : column.key === 'firstName'
                ? 'Nadia'
                : column.key === 'email'
                  ? 'nadia.gaillard@example.ch'
                  : null,
          ),
        ],
      },
    ]),
  ],
  [
    'outlook.csv',
    new TextEncoder().encode(
      'Display Name,Business Phone,Home Phone,E-mail Address,E-mail 2 Address,Notes,Notes\r\n' +
        'DUPONT Jean,022 310 45 67,022 765 43 21,jean@example.ch,,a,b\r\n' +
        'Anne Marie Rochat,,,anne@example.ch,anne@example.org,,\r\n',
    ),
  ],
]);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runValidate(argv, {
    readFile: async (path) => {
      const bytes = files.get(path);
      if (bytes === undefined) throw new ReadFailure('notFound');
      return bytes;
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    today: '2026-06-15',
  });
  return { code, stdout, stderr };
}

const mapped = (pairs: [string, string][]) =>
  pairs.map(([header, key], index) => ({ header, key, column: String.fromCharCode(65 + index), confidence: 'exact' }));
const issue = (
  row: number,
  column: string,
  header: string,
  severity: string,
  code: string,
  message: string,
  suggestion: string | null = null,
) => ({ row, column, header, severity, code, message, suggestion });

describe('validate command — a messy Swiss export (.xlsx)', () => {
  it('prints exactly the --json object and exits 1 because of errors', async () => {
    const { code, stdout, stderr } = await run('clients-suisse.xlsx', '--json');
    expect([code, stderr]).toEqual([1, '']);
    expect(JSON.parse(stdout)).toEqual({
      file: 'clients-suisse.xlsx',
      sheet: 'Clients',
      headerRow: 4,
      columns: {
        mapped: mapped([
          ['N° client', 'code'],
          ['Civ.', 'title'],
          ['NOM *', 'lastName'],
          ['Prénom *', 'firstName'],
          ['Société', 'company'],
          ['N° IDE', 'vatNumber'],
          ['E-mail *', 'email'],
          ['Tél.', 'phone'],
          ['Natel', 'mobile'],
          ['Adresse', 'address'],
          ['NPA', 'postalCode'],
          ['Localité', 'city'],
          ['Pays', 'country'],
          ['Nationalité', 'nationality'],
          ['Pays d’exercice', 'practiceCountry'],
          ['Langue', 'language'],
          ['Né(e) le', 'birthDate'],
          ['Remarques', 'notes'],
        ]),
        missingRequired: [],
        unknown: ['Canton'],
        alternatives: [],
        duplicate: [],
        ignored: [],
      },
      rows: 6,
      validRows: 3,
      issues: [
        issue(
          5,
          'mobile',
          'Natel',
          'warning',
          'phone.leadingZeroRestored',
          'Numéro enregistré comme nombre par Excel «\u00a0791234567\u00a0»\u00a0: lu comme +41791234567, à vérifier.',
        ),
        issue(
          8,
          'vatNumber',
          'N° IDE',
          'error',
          'vat.checkDigit',
          'Numéro IDE «\u00a0CHE-107.787.578\u00a0» incorrect\u00a0: le chiffre de contrôle ne correspond pas.',
        ),
        issue(8, 'email', 'E-mail *', 'error', 'email.invalid', 'Adresse e-mail invalide «\u00a0marco.rossi@\u00a0».'),
        issue(8, 'phone', 'Tél.', 'error', 'phone.invalid', 'Numéro de téléphone invalide «\u00a0022 123 45\u00a0» (pays CH).'),
        issue(
          8,
          'birthDate',
          'Né(e) le',
          'error',
          'date.ambiguous',
          'Date au format mois/jour «\u00a012/31/1985\u00a0»\u00a0: écrivez-la jour.mois.année.',
          '31.12.1985',
        ),
        issue(9, 'email', 'E-mail *', 'error', 'email.duplicate', 'Adresse e-mail déjà présente à la ligne 5.'),
        issue(
          9,
          'postalCode',
          'NPA',
          'warning',
          'postalCode.leadingZeroRestored',
          'Code postal enregistré comme nombre par Excel «\u00a01000\u00a0»\u00a0: zéro initial rétabli (01000).',
        ),
        issue(10, 'code', 'N° client', 'error', 'code.duplicate', 'Code client déjà présent à la ligne 5.'),
        issue(
          10,
          'title',
          'Civ.',
          'warning',
          'title.academic',
          '«\u00a0Dr\u00a0» est un titre académique, pas une civilité\u00a0: la civilité reste vide.',
        ),
        issue(10, 'firstName', 'Prénom *', 'error', 'value.required', 'Valeur obligatoire manquante.'),
        issue(10, 'phone', 'Tél.', 'error', 'value.excelError', 'La cellule contient une erreur Excel «\u00a0#N/A\u00a0».'),
        issue(10, 'country', 'Pays', 'error', 'country.unknown', 'Pays inconnu «\u00a0Suise\u00a0».', 'Suisse'),
        issue(10, 'birthDate', 'Né(e) le', 'error', 'date.future', 'Date de naissance dans le futur «\u00a001.01.2030\u00a0».'),
      ],
      records: [
        {
          row: 5,
          values: {
            code: 'CL-000101',
            title: 'Mme',
            lastName: 'Müller',
            firstName: 'Anne',
            company: 'Atelier Müller SA',
            vatNumber: 'CHE107787577TVA',
            email: 'Anne.Muller@bluewin.ch',
            phone: '+41221234567',
            mobile: '+41791234567',
            address: 'Rue du Lac 12',
            postalCode: '1204',
            city: 'Genève',
            country: 'CH',
            nationality: 'CH',
            practiceCountry: 'CH',
            language: 'fr',
            birthDate: '1985-12-31',
            notes: 'Cliente depuis 2010',
          },
        },
        {
          row: 6,
          values: {
            code: 'CL-000102',
            title: 'M.',
            lastName: 'Favre',
            firstName: 'Jean-Luc',
            company: null,
            vatNumber: null,
            email: 'jl.favre@example.ch',
            phone: '+41213456789',
            mobile: '+41797654321',
            address: 'Avenue de la Gare 3',
            postalCode: '1003',
            city: 'Lausanne',
            country: 'CH',
            nationality: 'CH',
            practiceCountry: null,
            language: 'de',
            birthDate: '1979-06-05',
            notes: null,
          },
        },
        {
          row: 8,
          values: {
            code: 'CL-000103',
            title: 'M.',
            lastName: 'Rossi',
            firstName: 'Marco',
            company: 'Rossi & Figli',
            vatNumber: 'CHE-107.787.578',
            email: 'marco.rossi@',
            phone: '022 123 45',
            mobile: '+41781234567',
            address: 'Via Nassa 5',
            postalCode: '6900',
            city: 'Lugano',
            country: 'CH',
            nationality: 'IT',
            practiceCountry: 'CH',
            language: 'it',
            birthDate: '12/31/1985',
            notes: null,
          },
        },
        {
          row: 9,
          values: {
            code: 'CL-000104',
            title: 'Mme',
            lastName: 'Dupont',
            firstName: 'Claire',
            company: null,
            vatNumber: 'FR40303265045',
            email: 'ANNE.MULLER@bluewin.ch',
            phone: '+33142685300',
            mobile: '+33612345678',
            address: '5 rue de Rivoli',
            postalCode: '01000',
            city: 'Bourg-en-Bresse',
            country: 'FR',
            nationality: 'FR',
            practiceCountry: 'CH',
            language: 'fr',
            birthDate: '1990-12-31',
            notes: null,
          },
        },
        {
          row: 10,
          values: {
            code: 'CL-000101',
            title: null,
            lastName: 'Keller',
            firstName: null,
            company: null,
            vatNumber: null,
            email: 'k.keller@example.ch',
            phone: '#N/A',
            mobile: null,
            address: null,
            postalCode: '8001',
            city: 'Zürich',
            country: 'Suise',
            nationality: 'SN',
            practiceCountry: null,
            language: 'en',
            birthDate: '01.01.2030',
            notes: null,
          },
        },
        {
          row: 11,
          values: {
            code: 'CL-000106',
            title: 'Mme',
            lastName: 'Gerber',
            firstName: 'Lea',
            company: null,
            vatNumber: null,
            email: 'lea.gerber@example.ch',
            phone: '+41311234567',
            mobile: null,
            address: null,
            postalCode: '3011',
            city: 'Bern',
            country: 'CH',
            nationality: null,
            practiceCountry: null,
            language: 'fr',
            birthDate: '1976-08-28',
            notes: null,
          },
        },
      ],
    });
  });

  it('prints a readable report, in English with --lang en', async () => {
    const { code, stdout } = await run('clients-suisse.xlsx', '--lang', 'en');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 2)).toEqual(['File: clients-suisse.xlsx — sheet "Clients"', 'Header row: 4']);
    expect(lines).toContain('Unknown columns (ignored): S Canton');
    expect(lines).toContain('6 rows, 3 valid, 10 errors, 3 warnings');
    expect(lines).toContain(
      'Row 8, Q "Né(e) le": error — Date written month/day "12/31/1985": write it day.month.year. Suggestion: 31.12.1985',
    );
    expect(lines).toContain('Row 10, M "Pays": error — Unknown country "Suise". Suggestion: Suisse');
  });

  it('reads another sheet with --sheet, and refuses an unknown one with exit 2', async () => {
    expect((await run('clients-suisse.xlsx', '--sheet', 'Vide')).code).toBe(2);
    const missing = await run('clients-suisse.xlsx', '--sheet', 'Factures');
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'Impossible de lire clients-suisse.xlsx\u00a0: feuille introuvable. Factures (Clients, Vide)\n',
    ]);
  });
});

describe('validate command — a French export (.csv, Windows-1252, semicolons)', () => {
  it('normalises every row with France as home country and exits 0 (warnings only)', async () => {
    const { code, stdout } = await run('export-france.csv', '--json', '--home', 'FR');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect([report.sheet, report.headerRow, report.rows, report.validRows]).toEqual(['export-france', 1, 3, 3]);
    expect(report.issues).toEqual([
      issue(
        4,
        'postalCode',
        'Code postal',
        'warning',
        // A CSV cell is text as written: never "stored as a number by Excel" (issue 10.2).
        'postalCode.leadingZeroAssumed',
        'Code postal écrit avec 4 chiffres «\u00a01000\u00a0»\u00a0: lu comme 01000 (pays FR), à vérifier.',
      ),
    ]);
    expect(report.records).toEqual([
      {
        row: 2,
        values: {
          title: 'Mme',
          lastName: 'Lefèvre',
          firstName: 'Hélène',
          email: 'helene.lefevre@orange.fr',
          phone: '+33142685300',
          mobile: '+33612345678',
          address: '12, rue de l’Église',
          postalCode: '75001',
          city: 'Paris',
          country: 'FR',
          birthDate: '1972-04-03',
        },
      },
      {
        row: 3,
        values: {
          title: 'M.',
          lastName: 'Œuvray',
          firstName: 'François',
          email: 'f.oeuvray@free.fr',
          phone: '+33478123456',
          mobile: null,
          address: '8 quai Saint-Vincent',
          postalCode: '69001',
          city: 'Lyon',
          country: 'FR',
          birthDate: '1981-09-27',
        },
      },
      {
        row: 4,
        values: {
          title: 'M.',
          lastName: 'Martin',
          firstName: 'Luc',
          email: 'luc.martin@wanadoo.fr',
          phone: null,
          mobile: '+33781234567',
          address: '2 place du Marché',
          postalCode: '01000',
          city: 'Bourg-en-Bresse',
          country: 'FR',
          birthDate: '1965-08-15',
        },
      },
    ]);
  });

  it('reads the rows by their own country even with the default home country (CH)', async () => {
    const { code, stdout } = await run('export-france.csv', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).records.map((record: { values: { phone: string | null } }) => record.values.phone)).toEqual([
      '+33142685300',
      '+33478123456',
      null,
    ]);
  });
});

describe('validate command — what the mapping decided (issue 10, item 6)', () => {
  it('lists the split full name twice, the alternatives with the column read, a repeated header as duplicate', async () => {
    const { code, stdout } = await run('outlook.csv', '--json');
    const report = JSON.parse(stdout);
    expect(code).toBe(0);
    expect(report.columns).toEqual({
      mapped: [
        { header: 'Display Name', key: 'lastName', column: 'A', confidence: 'exact' },
        { header: 'Display Name', key: 'firstName', column: 'A', confidence: 'exact' },
        { header: 'Business Phone', key: 'phone', column: 'B', confidence: 'strong' },
        { header: 'E-mail Address', key: 'email', column: 'D', confidence: 'exact' },
        { header: 'Notes', key: 'notes', column: 'F', confidence: 'exact' },
      ],
      missingRequired: [],
      unknown: [],
      alternatives: [
        { header: 'Home Phone', key: 'phone', column: 'C', chosen: 'B' },
        { header: 'E-mail 2 Address', key: 'email', column: 'E', chosen: 'D' },
      ],
      duplicate: ['Notes'],
      ignored: [],
    });
    expect(report.records.map((record: { values: object }) => record.values)).toEqual([
      { lastName: 'DUPONT', firstName: 'Jean', phone: '+41223104567', email: 'jean@example.ch', notes: 'a' },
      { lastName: 'Rochat', firstName: 'Anne Marie', phone: null, email: 'anne@example.ch', notes: null },
    ]);
    expect(report.issues.map((issue: { row: number; code: string; severity: string }) => [issue.row, issue.code, issue.severity])).toEqual([
      [1, 'column.alternative', 'warning'],
      [1, 'column.alternative', 'warning'],
      [1, 'column.duplicate', 'warning'],
      [3, 'name.splitGuessed', 'warning'],
    ]);
  });
});

describe('validate command — the template’s example row', () => {
  it('says the example row is not imported, counts it nowhere, and exits 0', async () => {
    const { code, stdout } = await run('modele.xlsx');
    expect(code).toBe(0);
    expect(stdout).toContain('1 ligne, 1 valide, 0 erreur, 0 avertissement');
    expect(stdout).toContain('Ligne 2\u00a0: information — Ligne d’exemple du modèle\u00a0: elle n’est pas importée.');
    const english = await run('modele.xlsx', '--lang', 'en');
    expect(english.stdout).toContain('Row 2: information — The template’s example row: it is not imported.');
  });

  it('gives it in --json with its severity, and no record for it', async () => {
    const { stdout } = await run('modele.xlsx', '--json');
    const report = JSON.parse(stdout);
    expect(report.issues).toEqual([expect.objectContaining({ row: 2, code: 'template.exampleRow', severity: 'info' })]);
    expect(report).toMatchObject({ rows: 1, validRows: 1 });
    expect(report.records.map((record: { row: number }) => record.row)).toEqual([3]);
  });
});

describe('validate command — exit codes', () => {
  it('exits 1 when a required column is missing', async () => {
    const { code, stdout } = await run('sans-email.xlsx', '--json');
    const report = JSON.parse(stdout);
    expect([code, report.columns.missingRequired, report.validRows]).toEqual([1, ['email'], 0]);
    expect(report.issues).toEqual([issue(1, 'email', 'Email', 'error', 'column.missingRequired', 'Colonne obligatoire absente.')]);
  });

  it('exits 1 when no header row is found', async () => {
    const { code, stdout } = await run('titres.xlsx', '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).issues).toEqual([
      {
        row: null,
        column: null,
        header: null,
        severity: 'error',
        code: 'header.notFound',
        message: "Ligne d'en-tête introuvable\u00a0: aucune des 20 premières lignes ne nomme au moins deux colonnes du modèle.",
        suggestion: null,
      },
    ]);
  });

  it.each([
    ['introuvable.xlsx', [], 'Impossible de lire introuvable.xlsx\u00a0: fichier introuvable.'],
    ['vide.csv', [], 'Impossible de lire vide.csv\u00a0: le fichier est vide.'],
    [
      'protege.xlsx',
      [],
      'Impossible de lire protege.xlsx\u00a0: le classeur est protégé par un mot de passe\u00a0; enregistrez-le sans mot de passe.',
    ],
    ['ancien.xls', ['--lang', 'en'], 'Cannot read ancien.xls: old .xls format (Excel 97-2003); save it as .xlsx.'],
    ['photo.xlsx', ['--json'], "Impossible de lire photo.xlsx\u00a0: ce n'est pas un classeur .xlsx ni un fichier .csv."],
  ])('exits 2 for %s with a one-line reason', async (file, options, reason) => {
    const { code, stdout, stderr } = await run(file, ...options);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `${reason}\n` });
  });

  it.each([
    [
      [],
      'Usage\u00a0: npm run validate -- FICHIER [--json] [--lang en] [--sheet NOM] [--home CC] [--mapping CORRESPONDANCE.json] [--map "EN-TÊTE=CIBLE"]…',
    ],
    [['a.xlsx', '--lang', 'de'], 'Langue non prise en charge «\u00a0de\u00a0»\u00a0: fr ou en.'],
    [['a.xlsx', '--home', 'Suisse'], "Pays d'origine invalide «\u00a0SUISSE\u00a0»\u00a0: code ISO à deux lettres (CH, FR, DE…)."],
  ])('exits 2 on wrong arguments %j', async (argv, line) => {
    expect(await run(...argv)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});
