// Validate + mark on the in-memory Excel host (Excel on the web's 5 MB limits): syncs, largest request and response,
// pane-side time, for 1,000, 10,000 and 100,000 rows with about 5 % invalid cells. Through office.js's real client
// (test/officejs-host: request and response bytes measured on the bodies office.js sends), except where the add-in
// marks with notes (ExcelApi 1.18, which the npm build lacks): those lines run on the model alone and say so.
import { clientTemplate } from '@/domain';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { writeImportResults } from '@/excel/imports/writeImportResults';
import { clearMarks } from '@/excel/marks/clearMarks';
import { maxNotesPerValidation, validateActiveSheet } from '@/excel/marks/validateActiveSheet';
import { utf8ByteLength } from '../test/excel-host/utf8ByteLength';
import { createExcelHost } from '../test/excel-host/createExcelHost';
import { installExcelHost } from '../test/officejs-host/installExcelHostOverOfficeJs';
import { firstVersionBeyondBuild } from '../test/officejs-host/officeJsBuild';
import { compareVersions } from '../test/excel-host/compareVersions';

/** Which client a host's figures come from (installExcelHostOverOfficeJs picks it by the host's ExcelApi version). */
function clientOf(excelApi: string): string {
  return compareVersions(excelApi, firstVersionBeyondBuild) >= 0
    ? 'model alone (notes: not in the npm office.js; bytes estimated by test/excel-host)'
    : 'office.js 1.1.110 real client (bytes of the real request bodies)';
}

const SIZES = [1_000, 10_000, 100_000];
const FIVE_MB = 5 * 1024 * 1024;

/** Values that break each rule-bearing column (index in the template → invalid text). */
const INVALID: ReadonlyMap<number, string> = new Map(
  clientTemplate
    .map(
      (column, index) =>
        [
          index,
          (
            {
              title: 'Docteur',
              vatNumber: 'CHE-1',
              email: 'pas-un-email',
              phone: 'abc',
              mobile: 'abc',
              postalCode: '12',
              country: 'Atlantide',
              nationality: 'Atlante',
              practiceCountry: 'Atlantide',
              language: 'klingon',
              birthDate: '31.02.1990',
            } as Record<string, string>
          )[column.key],
        ] as const,
    )
    .filter((entry): entry is readonly [number, string] => entry[1] !== undefined),
);
const RULE_COLUMNS = [...INVALID.keys()];

/**
 * A valid Swiss client; about 5 % of all cells (0.9 per row, spread over the rule columns) replaced by invalid ones, or,
 * `everyRule`, every rule-bearing cell (61 %: the worst case for the bytes of the messages).
 */
export function makeRow(i: number, everyRule = false): unknown[] {
  const row: unknown[] = [
    '',
    'Mme',
    `Nom${i}`,
    'Anne',
    '',
    '',
    `client.${i}@example.ch`,
    '022 310 45 67',
    '079 412 33 21',
    'Rue du Lac 1',
    '1204',
    'Genève',
    'CH',
    'CH',
    'CH',
    'fr',
    29_654,
    '',
  ];
  RULE_COLUMNS.forEach((column, j) => {
    if (everyRule || (i * RULE_COLUMNS.length + j) % 12 === 0) row[column] = INVALID.get(column);
  });
  return row;
}

async function benchSize(rows: number, features: ExcelFeatures, label: string, everyRule = false): Promise<string[]> {
  const host = createExcelHost({ apiSets: { ExcelApi: features.notes ? '1.18' : '1.17' } });
  host.workbook.addSheet('Clients', [clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header))]);
  const sheet = host.workbook.sheet('Clients');
  const data: unknown[][] = [];
  for (let i = 1; i <= rows; i++) data.push(makeRow(i, everyRule));
  sheet.setValues(data, 'A2');
  const uninstall = installExcelHost(host);
  try {
    // The 5 MB chunks the used range's values take (what Excel must send back, whoever reads them).
    const valuesBytes = utf8ByteLength(JSON.stringify(sheet.getValues()));
    host.resetStats();
    const start = performance.now();
    const result = await validateActiveSheet({ homeCountry: 'CH', lang: 'fr', features });
    const ms = performance.now() - start;
    const history = host.stats.history;
    const failed = history.filter((record) => record.errorCode !== null).length;
    const readChunks = Math.max(1, Math.ceil(valuesBytes / FIVE_MB));
    const target = readChunks + 3;
    const name = `excel.validate_mark.${label}.${rows}`;
    const lines = [
      `${name}.client ${clientOf(host.apiSets.ExcelApi)}`,
      `${name}.invalid_cells ${result.marked.cells} cells (${((100 * result.marked.cells) / (rows * 18)).toFixed(1)} %)`,
      `${name}.messages_in ${result.marked.mode === 'notes' ? 'notes' : result.marked.tooManyForNotes ? `the Anomalies column (over ${maxNotesPerValidation} cells: too many for notes)` : 'the Anomalies column (no notes API)'}`,
      `${name}.syncs ${host.stats.syncs} syncs (target ≤ ${target}: ${readChunks} × 5 MB read + 3; ${host.stats.syncs <= target ? 'met' : 'missed'})`,
      `${name}.failed_syncs ${failed}`,
      `${name}.largest_request ${Math.max(...history.map((record) => record.requestBytes))} bytes`,
      `${name}.largest_response ${Math.max(...history.map((record) => record.responseBytes))} bytes`,
      `${name}.pane_time ${Math.round(ms)} ms`,
    ];
    // Validating the marked sheet again (nothing fixed), then "Effacer les marques": no target, figures only.
    host.resetStats();
    const againStart = performance.now();
    await validateActiveSheet({ homeCountry: 'CH', lang: 'fr', features });
    lines.push(`excel.revalidate_mark.${label}.${rows}.syncs ${host.stats.syncs} syncs, ${Math.round(performance.now() - againStart)} ms`);
    host.resetStats();
    const clearStart = performance.now();
    await clearMarks(features);
    lines.push(`excel.clear_marks.${label}.${rows}.syncs ${host.stats.syncs} syncs, ${Math.round(performance.now() - clearStart)} ms`);
    return lines;
  } finally {
    uninstall();
  }
}

/** Import write-back: every row gets its code and its status (one in 20 failed), after an import of `rows` rows. */
async function benchWriteBack(rows: number): Promise<string[]> {
  // The write-back uses no API beyond ExcelApi 1.17: it runs on the real client.
  const host = createExcelHost({ apiSets: { ExcelApi: '1.17' } });
  host.workbook.addSheet('Clients', [clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header))]);
  const data: unknown[][] = [];
  for (let i = 1; i <= rows; i++) data.push(makeRow(i));
  host.workbook.sheet('Clients').setValues(data, 'A2');
  const outcomes = data.map((_, index) =>
    index % 20 === 0
      ? { row: index + 2, status: 'failed' as const, reasons: [{ code: 'email.taken' }] }
      : { row: index + 2, status: 'created' as const, code: `CL-${String(index + 1).padStart(6, '0')}` },
  );
  const uninstall = installExcelHost(host);
  try {
    host.resetStats();
    const start = performance.now();
    await writeImportResults({ language: 'fr', sheetName: 'Clients', headerRow: 1, codeColumn: 0, statusColumn: null, outcomes });
    const ms = performance.now() - start;
    const history = host.stats.history;
    const requestBytes = history.reduce((sum, record) => sum + record.requestBytes, 0);
    const name = `excel.import_write_back.${rows}`;
    return [
      `${name}.client ${clientOf(host.apiSets.ExcelApi)}`,
      `${name}.syncs ${host.stats.syncs} syncs (${Math.max(1, Math.ceil(requestBytes / FIVE_MB))} × 5 MB written + 2: used range, header row)`,
      `${name}.largest_request ${Math.max(...history.map((record) => record.requestBytes))} bytes`,
      `${name}.pane_time ${Math.round(ms)} ms`,
    ];
  } finally {
    uninstall();
  }
}

/** `npm run bench` lines for validate + mark (notes where ExcelApi 1.18, else the "Anomalies" column). */
export async function benchExcel(): Promise<string[]> {
  const withNotes: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: true, mergeUndoGroup: false };
  const lines: string[] = [];
  for (const rows of SIZES) lines.push(...(await benchSize(rows, withNotes, 'notes')));
  for (const rows of SIZES) lines.push(...(await benchSize(rows, { ...withNotes, notes: false }, 'column')));
  // Beyond the target's case: 61 % of the cells invalid; syncs then follow the bytes of the messages (no target).
  lines.push(...(await benchSize(100_000, withNotes, 'worst_case_61pct', true)));
  lines.push(...(await benchSize(100_000, { ...withNotes, notes: false }, 'worst_case_61pct_column', true)));
  for (const rows of SIZES) lines.push(...(await benchWriteBack(rows)));
  return lines;
}
