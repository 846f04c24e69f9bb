import { cellToText, columnIndex, rectAddress, type ValueFixWrite } from '@/domain';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import { createSyncBudget, type SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { runExcel } from '../runExcel';
import { cellInputOf } from '../template/writeClientsToSheet';

export type ValueFixRequest = {
  sheetName: string;
  writes: readonly ValueFixWrite[];
  features?: ExcelFeatures;
  /** Bytes per request (tests lower it to force several requests). */
  requestBudget?: number;
};

/** What was done: the sheet (now active), the cells written, and the cells left because they changed since the validation. */
export type AppliedValueFixes = { sheetName: string; cells: number; skipped: number };

/** Rows of one column read at once: a coded column's cells are short, so a span stays far under the response limit. */
const spanRows = 50_000;
/** What a short cell of a coded column weighs in an answer (its JSON and separators, on the safe side). */
const cellResponseBytes = 40;
/** A getRange(address).load('values'): about the size of a values write without the values. */
const spanReadBytes = 300;

/** A column's rows to fix, between `first` and `last`, read in one range. */
type Span = { write: ValueFixWrite; column: number; first: number; last: number; rows: number[]; range: Excel.Range };

/** Queues the reads of the rows each write names, in spans of consecutive sheet rows of at most `spanRows`. */
async function queueSpanReads(sheet: Excel.Worksheet, writes: readonly ValueFixWrite[], budget: SyncBudget): Promise<Span[]> {
  const spans: Span[] = [];
  for (const write of writes) {
    const column = columnIndex(write.column);
    if (column === undefined) continue;
    const rows = [...new Set(write.rows)].sort((a, b) => a - b);
    let start = 0;
    while (start < rows.length) {
      const first = rows[start] ?? 1;
      let end = start;
      while (end + 1 < rows.length && (rows[end + 1] ?? 0) - first < spanRows) end++;
      const last = rows[end] ?? first;
      await budget.reserve(spanReadBytes, (last - first + 1) * cellResponseBytes);
      const range = sheet.getRange(`${write.column}${first}:${write.column}${last}`);
      range.load('values');
      spans.push({ write, column, first, last, rows: rows.slice(start, end + 1), range });
      start = end + 1;
    }
  }
  return spans;
}

/**
 * Writes the values the user chose into the cells of the named sheet ("Corriger dans la feuille"). The first requests
 * read the rows concerned (one range per column and span of rows, so a whole column of fixes is one read), then only
 * the cells that still hold the value the validation read are written, each block of consecutive rows as one range
 * write under the request budget: a cell edited since the validation is left as it is (counted as skipped). 30,000
 * scattered cells take three syncs. The sheet is activated, so that validating the active sheet validates it again;
 * one undoable step where ExcelApi 1.20 merges the syncs. A sheet renamed or deleted since the validation fails with
 * 'item_not_found' before anything is written. Values starting with = + - @ are written as text.
 */
export async function applyValueFixes(request: ValueFixRequest): Promise<AppliedValueFixes> {
  const features = request.features ?? detectExcelFeatures();
  return runExcel(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(request.sheetName);
      // The first request starts with the sheet: when it is gone, that request fails before any write.
      sheet.load('name');
      sheet.activate();
      const budget = createSyncBudget(context, request.requestBudget);
      const spans = await queueSpanReads(sheet, request.writes, budget);
      await budget.flush();
      let cells = 0;
      let skipped = 0;
      for (const span of spans) {
        const expected = span.write.from.trim();
        const still = span.rows.filter((row) => cellToText(span.range.values[row - span.first]?.[0]) === expected);
        skipped += span.rows.length - still.length;
        const input = cellInputOf(span.write.value);
        for (const rect of mergeCellsIntoRects(still.map((row) => ({ row: row - 1, column: span.column })))) {
          const address = rectAddress(rect);
          const values = Array.from({ length: rect.rowCount }, () => [input]);
          await budget.reserve(actionBytes(values, rangeWriteEnvelope) + address.length);
          sheet.getRange(address).values = values;
          cells += rect.rowCount;
        }
      }
      await budget.flush();
      return { sheetName: sheet.name, cells, skipped };
    },
    { mergeUndoGroup: features.mergeUndoGroup },
  );
}
