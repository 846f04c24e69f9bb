import { columnAddress, columnLetter, isoDateToExcelSerial, type ColumnKey } from '@/domain';
import { runExcel } from '../runExcel';
import { nextFreeName } from './nextFreeName';
import { queueTemplateColumnFormats } from './queueTemplateColumnFormats';
import { templateSheetColumns, versionSheetColumn, type SheetColumnLayout } from './templateLayout';

/**
 * A client as the sheet shows it: the template's keys, each a text, a number or empty (birth dates ISO), and the
 * client's `version` in the store (absent for a client not stored).
 */
export type SheetClient = Partial<Record<ColumnKey, string | number | null>> & { version?: number };

/** The sheet's columns: the template's, with "Version" (hidden) right after "Code client". */
const sheetColumns: readonly (SheetColumnLayout & { key: ColumnKey | 'version' })[] = templateSheetColumns.flatMap((column) =>
  column.key === 'code' ? [column, { ...versionSheetColumn, key: 'version' as const }] : [column],
);
const versionColumn = sheetColumns.findIndex((column) => column.key === 'version');

export type WrittenClients = { sheetName: string; rows: number };

/** A text that Excel would read as a formula (=, +, -, @) is written behind an apostrophe: it stays text. */
export function cellInputOf(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@]/.test(value) ? `'${value}` : value;
}

function birthDateSerial(value: string | number | null | undefined): string | number {
  if (typeof value !== 'string') return cellInputOf(value);
  return isoDateToExcelSerial(value) ?? cellInputOf(value);
}

/**
 * One template value as a cell takes it, the way this writer writes it: a birth date (ISO) as a real Excel date, a text
 * into a text-formatted cell ("@") as it is, any other text behind an apostrophe where Excel would read a formula or a
 * number (a refresh writes into the user's own cells, whose format it leaves alone).
 */
export function clientCellInput(key: ColumnKey, value: string | number | null | undefined, textCell: boolean): string | number {
  if (key === 'birthDate') return birthDateSerial(value);
  if (typeof value !== 'string') return cellInputOf(value);
  if (textCell) return value;
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(value) ? `'${value}` : cellInputOf(value);
}

/**
 * Writes clients into a new sheet "Clients" ("Clients (2)"…) in template layout: headers, column widths, text
 * format on code, VAT, phones and NPA, dd.mm.yyyy birth dates (real Excel dates), and each client's version in a hidden
 * text column "Version" right after "Code client" (an import sends it back, so the store merges rather than overwrites).
 * A value starting with =, +, - or @ is written as text, never as a formula. Two syncs.
 */
export async function writeClientsToSheet(clients: readonly SheetClient[]): Promise<WrittenClients> {
  return runExcel(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const sheetName = nextFreeName(
      'Clients',
      worksheets.items.map((sheet) => sheet.name),
    );
    const sheet = worksheets.add(sheetName);
    const columns = sheetColumns;
    const lastLetter = columnLetter(columns.length - 1);
    queueTemplateColumnFormats(sheet, columns);
    sheet.getRange(columnAddress(versionColumn)).columnHidden = true;
    const header = sheet.getRange(`A1:${lastLetter}1`);
    header.values = [columns.map((column) => column.header)];
    header.format.font.bold = true;
    if (clients.length > 0) {
      sheet.getRange(`A2:${lastLetter}${clients.length + 1}`).values = clients.map((client) =>
        columns.map((column) => {
          if (column.key === 'version') return client.version === undefined ? '' : String(client.version);
          if (column.key === 'birthDate') return birthDateSerial(client.birthDate);
          // Text-formatted ("@") cells keep any text as it is: no apostrophe there.
          const value = client[column.key];
          return column.numberFormat === '@' && typeof value === 'string' ? value : cellInputOf(value);
        }),
      );
    }
    sheet.freezePanes.freezeRows(1);
    sheet.activate();
    await context.sync();
    return { sheetName, rows: clients.length };
  });
}
