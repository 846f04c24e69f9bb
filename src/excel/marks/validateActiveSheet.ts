import type { Lang } from '../../domain/issues/Lang';
import { createSheetValidator } from '../../domain/validation/createSheetValidator';
import type { SheetValidation } from '../../domain/validation/SheetValidation';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { chunkAddressList } from '../ranges/chunkAddressList';
import { cellKeyOfAddress, splitAddressList } from '../../domain/addresses/sheetAddress';
import { runExcel } from '../runExcel';
import { toExcelOperationError } from '../toExcelOperationError';
import type { CellMark } from './CellMark';
import { cellMarksFrom } from './cellMarksFrom';
import { findEarlierAnomaliesColumn } from './findEarlierAnomaliesColumn';
import { createAnomaliesColumn, anomaliesHeader } from './createAnomaliesColumn';
import { createFillMarks } from './createFillMarks';
import { createNoteMarks } from './createNoteMarks';
import { createSyncBudget, requestBudgetBytes, responseBudgetBytes } from './createSyncBudget';
import type { MarkEntry } from './MarkEntry';
import { ownFill, ownFillProperties } from './ownFill';
import { queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import type { MarkState } from './loadMarkState';
import { largestRowBytes, rowBytesEstimate, rowsPerChunk } from './chunkSizing';
import { readSheetStart } from './readSheetStart';

export { anomaliesHeader };

export type MarkMode = 'notes' | 'column';

export type ValidateActiveSheetOptions = {
  homeCountry: string;
  lang: Lang;
  features?: ExcelFeatures;
  /** Bytes per request and per response (tests lower them to force chunking). */
  requestBudget?: number;
  responseBudget?: number;
  /** Most cells marked with a note; beyond, every message goes in the "Anomalies" column (tests lower it). */
  maxNotes?: number;
};

export type ActiveSheetValidation = {
  sheetName: string;
  validation: SheetValidation;
  /**
   * Marked cells; `withoutNote` cells already held a note of their own, so only their fill tells; `tooManyForNotes`:
   * notes were possible but there were more than `maxNotes` cells, so the messages are in the "Anomalies" column.
   */
  marked: { cells: number; mode: MarkMode; withoutNote: number; tooManyForNotes: boolean };
};

/**
 * Beyond this many invalid cells, messages go in the "Anomalies" column rather than in notes: a note costs about 250
 * bytes of request (so 10,000 fit in one request), and Excel slows down with tens of thousands of notes (each is a
 * drawing object); a column can be filtered and sorted.
 */
export const maxNotesPerValidation = 10_000;

/** Bytes of the request that reads a chunk of rows (its values and its fill). */
const chunkReadBytes = 600;

/**
 * Validates the active sheet against the template and marks it: reads the used range in chunks under the response
 * limit, runs the template engine on each chunk as it arrives, and marks each invalid cell (fill, plus its message as
 * a note where ExcelApi 1.18 is present, else in an "Anomalies" column at the end of its row), with RangeAreas built
 * from address lists under 8,192 characters. The marks of a chunk travel in the request that reads the next one, so
 * marking costs no round trip of its own: syncs = 1 (the first rows) + the chunks read + 1, whatever the number of
 * invalid cells, as long as a chunk's marks fit in one request. More when the sheet already holds notes (their cells
 * are located first: + 1) or when a chunk's cells have mixed fills of their own (read again: + 1 or 2).
 * Marks from an earlier validation are undone first, and what the marking changes is kept so clearMarks restores each
 * cell's own fill. Values are never changed.
 */
export async function validateActiveSheet(options: ValidateActiveSheetOptions): Promise<ActiveSheetValidation> {
  const features = options.features ?? detectExcelFeatures();
  return runExcel(async (context) => {
    // 1. The sheet, its used range and its first rows (with their fill), the mark store, and how many notes it holds.
    const { sheet, area, firstRows, fillBelow, state, noteCount } = await readSheetStart(context, features.notes);
    const { previous, others } = state.read();
    const earlier = previous(sheet.id);
    // The earlier "Anomalies" column, if still there: cleared, left out of the validation, and written again in place.
    const earlierColumn = findEarlierAnomaliesColumn(earlier.find((entry) => entry.kind === 'column'), area, firstRows);
    const previousEntries = [...earlier.filter((entry) => entry.kind !== 'column'), ...(earlierColumn ? [earlierColumn.entry] : [])];
    const withoutEarlierColumn = (rows: unknown[][]) => {
      if (earlierColumn !== null) for (const row of rows) row[earlierColumn.column - area.columnIndex] = '';
      return rows;
    };
    const validator = createSheetValidator(withoutEarlierColumn(firstRows), { homeCountry: options.homeCountry, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex });

    const fills = createFillMarks();
    const previousNotes = new Set(previousEntries.filter((entry) => entry.kind === 'note').flatMap((entry) => splitAddressList(entry.addresses).map(cellKeyOfAddress)));
    const notes = noteCount === null ? null : createNoteMarks(noteCount, previousNotes);
    const newAnomaliesColumn = () => validator.headerRow === null
      ? null
      : createAnomaliesColumn(earlierColumn?.column ?? area.columnIndex + area.columnCount, validator.headerRow - 1, area.rowIndex + area.rowCount - 1, options.lang);
    let anomalies = notes === null ? newAnomaliesColumn() : null;
    const maxNotes = options.maxNotes ?? maxNotesPerValidation;
    // Every mark so far while they go in notes, to move them to the column should there be too many.
    const inNotes: CellMark[] = [];
    let markedCells = 0;
    // Request bytes the marks of the rows read so far take (fills, then messages): a chunk's marks should fit in the
    // request after it.
    let fillBytes = 0;
    let messageBytes = 0;
    const markRows = (rows: readonly unknown[][], startIndex: number, rowsOwnFill: string | null) => {
      const marks = cellMarksFrom(validator.addRows(rows, startIndex), validator.columns, area.columnIndex, options.lang);
      markedCells += marks.length;
      fillBytes += fills.add(marks, rowsOwnFill);
      // As many invalid cells in the rest of the sheet as in the rows read so far: a good guess from the first rows on.
      const projected = (markedCells / Math.max(1, startIndex + rows.length)) * area.rowCount;
      if (notes !== null && anomalies === null && (markedCells > maxNotes || projected > maxNotes)) {
        // Too many for notes (or about to be): every message goes in the column, and the notes added so far go.
        anomalies = newAnomaliesColumn();
        notes.abandon();
        for (const mark of marks) inNotes.push(mark);
        messageBytes = anomalies?.add(inNotes) ?? 0;
        inNotes.length = 0;
        return;
      }
      if (anomalies !== null) messageBytes += anomalies.add(marks);
      else if (notes !== null) {
        messageBytes += notes.add(marks);
        for (const mark of marks) inNotes.push(mark);
      }
    };
    // The first rows' fill was read before the earlier marks are undone: only trusted when there were none.
    const headerIndex = validator.headerRow === null ? 0 : validator.headerRow - 1 - area.rowIndex;
    markRows(firstRows, 0, previousEntries.length === 0 ? fillBelow(headerIndex) : null);

    // 2. Each request undoes (once) the earlier marks, marks what the previous reads found (what does not fit waits for
    // the next request), and reads the next chunk, sized so that its answer and its marks each fit in one request.
    const requestBudget = options.requestBudget ?? requestBudgetBytes;
    const budget = createSyncBudget(context, requestBudget, options.responseBudget ?? responseBudgetBytes);
    let restored = previousEntries.length === 0;
    let read = firstRows.length;
    // The header row is left out: its long titles are no guide to the size of the data rows.
    const firstDataRows = firstRows.slice(headerIndex + 1);
    // Bytes per row: the largest of the first rows, then each chunk's average with a margin (one long row must not
    // shrink every later chunk; a chunk Excel refuses is read again in halves).
    let rowBytes = largestRowBytes(firstDataRows.length > 0 ? firstDataRows : firstRows, area.columnCount);
    let halvedTo: number | null = null;
    const entriesNow = (): MarkEntry[] => {
      // Without the notes API, notes an earlier validation added elsewhere stay listed, for a later clear to remove.
      const keptNotes = notes === null ? previousEntries.filter((entry) => entry.kind === 'note') : noteEntries(sheet.id, notes);
      const columnEntry = anomalies?.entry(sheet.id);
      return [...fills.entries(sheet.id), ...keptNotes, ...(columnEntry ? [columnEntry] : [])];
    };
    try {
      for (;;) {
        const allRead = read >= area.rowCount;
        if (!restored) await queueRestore(sheet, previousEntries.filter((entry) => entry.kind !== 'note'), null, budget);
        const steps = [await fills.queue(sheet, budget)];
        if (notes) steps.push(await notes.queue(sheet, budget, allRead));
        const column = anomalies;
        if (column) steps.push(await column.queue(sheet, budget));
        let chunk: { values: () => unknown[][]; fill: Excel.RangeFill; count: number } | null = null;
        if (!allRead) {
          const fitting = rowsPerChunk(rowBytes, area.columnCount, Math.max(budget.responseLeft(), rowBytes));
          const markBytes = fillBytes + messageBytes;
        const marksFitting = markBytes === 0 ? Infinity : Math.max(1, Math.floor((requestBudget * 0.9 * read) / markBytes));
          const count = Math.min(halvedTo ?? fitting, fitting, marksFitting, area.rowCount - read);
          await budget.reserve(chunkReadBytes, count * rowBytes);
          const range = sheet.getRangeByIndexes(area.rowIndex + read, area.columnIndex, count, area.columnCount);
          range.load('values');
          chunk = { values: () => range.values, fill: range.format.fill.load(ownFillProperties), count };
        }
        const last = allRead && steps.every((step) => step.settled);
        if (last) await queueStoreRewrite(context, state, [...others(sheet.id), ...entriesNow()], budget);
        try {
          await budget.flush();
        } catch (error) {
          const code = toExcelOperationError(error).code;
          if (chunk === null || chunk.count === 1 || (code !== 'response_too_large' && code !== 'range_too_large')) throw error;
          // Excel refused to answer a chunk that large: read it again in halves, and redo what the request carried.
          halvedTo = Math.max(1, Math.floor(chunk.count / 2));
          notes?.lost();
          continue;
        }
        restored = true;
        for (const step of steps) step.commit();
        if (last) break;
        if (chunk) {
          const values = chunk.values();
          markRows(withoutEarlierColumn(values), read, ownFill(chunk.fill));
          read += chunk.count;
          rowBytes = rowBytesEstimate(values, area.columnCount);
          halvedTo = null;
        }
      }
    } catch (error) {
      // Some requests went through: list what they may have changed (and the earlier marks) so a clear undoes it all.
      await recordMarksAfterFailure(context, state, [...others(sheet.id), ...previousEntries, ...entriesNow()]);
      throw error;
    }
    return {
      sheetName: sheet.name,
      validation: validator.finish(),
      marked: {
        cells: markedCells,
        mode: anomalies === null ? 'notes' : 'column',
        withoutNote: notes?.withoutNote() ?? 0,
        tooManyForNotes: notes !== null && anomalies !== null,
      },
    };
  }, { mergeUndoGroup: features.mergeUndoGroup });
}

/** After a failed request: the mark store rewritten with `entries`, if Excel still answers. */
async function recordMarksAfterFailure(context: Excel.RequestContext, state: MarkState, entries: readonly MarkEntry[]): Promise<void> {
  try {
    const budget = createSyncBudget(context);
    await queueStoreRewrite(context, state, entries, budget);
    await budget.flush();
  } catch {
    // Excel is out of reach: the error that stopped the validation is the one to report.
  }
}

/** The cells that received a note, as address lists (one cell per area, as clearing reads them back). */
function noteEntries(sheetId: string, notes: ReturnType<typeof createNoteMarks> | null): MarkEntry[] {
  if (notes === null) return [];
  const cells = notes.noted().map((cell) => ({ ...cell, rowCount: 1, columnCount: 1 }));
  return chunkAddressList(cells).map((chunk) => ({ sheetId, kind: 'note' as const, addresses: chunk.address }));
}
