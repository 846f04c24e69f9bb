import {
  createSheetValidator,
  sheetHeaderRow,
  type ColumnMapping,
  type Language,
  type SheetValidator,
  type SheetValidation,
  type SourceColumn,
} from '@/domain';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import { createSyncBudget, requestBudgetBytes, responseBudgetBytes, type SyncBudget } from '../requests/createSyncBudget';
import { runExcel } from '../runExcel';
import { isPayloadLimitError } from '../toExcelOperationError';
import { cellMarksFrom } from './cellMarksFrom';
import { afterChunkRead, afterChunkRefused, firstReadProgress, nextChunkRows, type ReadProgress, type UsedArea } from './chunkSizing';
import { createValidationMarks, type MarkMode, type MarkSummary, type ValidationMarks } from './createValidationMarks';
import { ensureMarkStore } from './ensureMarkStore';
import { applyDisplayedText } from './displayedValues';
import { findEarlierAnomaliesColumn } from './findEarlierAnomaliesColumn';
import type { MarkEntry } from './MarkEntry';
import type { MarkState } from './loadMarkState';
import { ownFill, ownFillProperties } from './ownFill';
import { queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import { readSheetStart, type SheetStart } from './readSheetStart';

export type { MarkMode };

export type ValidateActiveSheetOptions = {
  homeCountry: string;
  lang: Language;
  features?: ExcelFeatures;
  /** Bytes per request and per response (tests lower them to force chunking). */
  requestBudget?: number;
  responseBudget?: number;
  /** Most cells marked with a note; beyond, every message goes in the "Anomalies" column (tests lower it). */
  maxNotes?: number;
  /** A mapping the user confirmed for this validation: it decides for the headers it names. */
  mapping?: ColumnMapping;
  /** Mappings confirmed earlier for some sheets: the one for the active sheet's name and header signature applies. */
  confirmedMappings?: readonly SheetMapping[];
  /**
   * The mapping remembered for a header signature (the store's), looked up when no mapping is given or confirmed. Its
   * failure does not fail the validation: the engine alone reads the headers.
   */
  findMapping?: (signature: string) => Promise<RememberedMapping | null>;
};

/** A mapping remembered for a header signature: who saved it, and when (ISO). */
export type RememberedMapping = { mapping: ColumnMapping; savedBy: string; savedAt: string };

/** A mapping confirmed for one sheet, as long as its header row keeps this signature. */
export type SheetMapping = { sheetName: string; signature: string; mapping: ColumnMapping };

/** Who decided what each column feeds: the engine alone, a mapping the user confirmed, or one the store remembered. */
export type MappingSource = 'engine' | 'confirmed' | 'remembered';

/** The mapping a validation used, and what a mapping step needs to show and save one. */
export type AppliedMapping = {
  source: MappingSource;
  /** The decisions applied (empty for the engine alone). */
  entries: ColumnMapping;
  /** Who saved a remembered mapping, and when (ISO). */
  savedBy?: string;
  savedAt?: string;
  /**
   * The signature a mapping of this sheet is remembered by: that of the header row the engine alone finds in the first
   * rows, else of the first non-empty row (sheetHeaderRow); empty for an empty sheet.
   */
  signature: string;
  /** The columns a mapping step lists: the header row's, else (no header row found) the first non-empty row's. */
  sourceColumns: SourceColumn[];
};

export type ActiveSheetValidation = {
  sheetName: string;
  validation: SheetValidation;
  marked: MarkSummary;
  mapping: AppliedMapping;
};

/**
 * What re-validating some rows of a validated sheet needs (revalidateRows), kept beside the validation's result
 * (liveValidationOf): the validator holding every row, the used area (extended by rows typed just below it), the
 * columns validated as displayed, where the "Anomalies" column is, how messages are marked, and the options to
 * validate the whole sheet again with.
 */
export type LiveValidation = {
  sheetId: string;
  sheetName: string;
  validator: SheetValidator;
  area: UsedArea;
  textColumns: number[];
  /** The "Anomalies" column inside the used area (an earlier validation's), left out of the values read; else null. */
  earlierColumn: number | null;
  /** Where this validation's "Anomalies" column is (or goes), null without a header row. */
  anomaliesColumn: { column: number; headerRow: number } | null;
  /** How the sheet's marks were made (their mode: notes or the "Anomalies" column). */
  marked: MarkSummary;
  lang: Language;
  mapping: AppliedMapping;
  /** Bytes a row of the area weighs, as the reads measured it. */
  rowBytes: number;
  options: ValidateActiveSheetOptions;
  features: ExcelFeatures;
};

const liveValidations = new WeakMap<ActiveSheetValidation, LiveValidation>();

/** The continuation of a validation (validateActiveSheet's result, or a re-validation's), to re-validate edited rows. */
export function liveValidationOf(result: ActiveSheetValidation): LiveValidation | undefined {
  return liveValidations.get(result);
}

/** Keeps `live` beside `result` (one owner: this module). */
export function keepLiveValidation(result: ActiveSheetValidation, live: LiveValidation): ActiveSheetValidation {
  liveValidations.set(result, live);
  return result;
}

/**
 * Beyond this many invalid cells, messages go in the "Anomalies" column rather than in notes: a note costs about 250
 * bytes of request (so 10,000 fit in one request), and Excel slows down with tens of thousands of notes (each is a
 * drawing object); a column can be filtered and sorted.
 */
export const maxNotesPerValidation = 10_000;

/** Bytes of the request that reads a chunk of rows (its values and its fill). */
const chunkReadBytes = 600;
/** Response bytes of one cell's displayed text (`"022 310 45 67",`), a little over. */
const displayedTextBytes = 24;

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
 * The headers are read with a mapping when there is one: the one given, else the one confirmed for this sheet and its
 * header signature, else the one `findMapping` remembers for that signature (looked up between the first request and the
 * next: no sync of its own).
 * Steps: readSheetStart (the first request) → planValidation (with chooseMapping) → sendNextRequest until the last one went
 * through (each undoes the earlier marks once, writes the waiting marks, reads the next chunk) → finishValidation.
 */
export async function validateActiveSheet(options: ValidateActiveSheetOptions): Promise<ActiveSheetValidation> {
  const features = options.features ?? detectExcelFeatures();
  if (features.mergeUndoGroup) await ensureMarkStore();
  return runExcel(
    async (context) => {
      const start = await readSheetStart(context, features.notes);
      const { run, progress: first } = await planValidation(start, options);
      const budget = createSyncBudget(context, run.requestBudget, options.responseBudget ?? responseBudgetBytes);
      let rowBytes = first.reads.rowBytes;
      try {
        let progress: RequestProgress | null = first;
        while (progress !== null) {
          rowBytes = progress.reads.rowBytes;
          progress = await sendNextRequest(context, run, budget, progress);
        }
      } catch (error) {
        // Some requests went through: list what they may have changed (and the earlier marks) so a clear undoes it all.
        await recordMarksAfterFailure(context, run.state, [...run.otherSheets, ...run.earlier, ...run.marks.entries(run.sheet.id)]);
        throw error;
      }
      return finishValidation(run, { options, features, rowBytes });
    },
    { mergeUndoGroup: features.mergeUndoGroup },
  );
}

/** What the first request found, and what every later request works with. */
type ValidationRun = {
  sheet: Excel.Worksheet;
  area: UsedArea;
  state: MarkState;
  /** The mark store's entries of the other sheets, written back as they are. */
  otherSheets: MarkEntry[];
  /** The marks an earlier validation left on this sheet (its "Anomalies" column only where it still is). */
  earlier: MarkEntry[];
  /** Columns whose numbers are validated as displayed (readSheetStart's textColumns). */
  textColumns: number[];
  /** Rows with the earlier "Anomalies" column emptied (in place): it is left out of the validation. */
  withoutEarlierColumn: (rows: unknown[][]) => unknown[][];
  earlierColumn: number | null;
  anomaliesColumn: LiveValidation['anomaliesColumn'];
  validator: SheetValidator;
  marks: ValidationMarks;
  lang: Language;
  requestBudget: number;
  mapping: AppliedMapping;
};

/** Where the requests stand: whether a request undid the earlier marks, and how far the reading went. */
type RequestProgress = { earlierUndone: boolean; reads: ReadProgress };

/** A chunk of rows whose values and fill the request being built reads. */
type ChunkRead = { values: () => unknown[][]; fill: Excel.RangeFill; count: number };

/**
 * From the first request's answer: the earlier marks to undo (the earlier "Anomalies" column, if still there, is
 * cleared, left out of the validation, and written again in place), the mapping of the headers (chooseMapping), the
 * template engine on the first rows, and the marks of those rows.
 */
async function planValidation(
  start: SheetStart,
  options: ValidateActiveSheetOptions,
): Promise<{ run: ValidationRun; progress: RequestProgress }> {
  const { sheet, area, firstRows, fillBelow, state, noteCount, commentCount, textColumns } = start;
  const { previous, others } = state.read();
  const earlierMarks = previous(sheet.id);
  const earlierColumn = findEarlierAnomaliesColumn(
    earlierMarks.find((entry) => entry.kind === 'column'),
    area,
    firstRows,
  );
  const earlier = [...earlierMarks.filter((entry) => entry.kind !== 'column'), ...(earlierColumn ? [earlierColumn.entry] : [])];
  const withoutEarlierColumn = (rows: unknown[][]) => {
    if (earlierColumn !== null) for (const row of rows) row[earlierColumn.column - area.columnIndex] = '';
    return rows;
  };
  const rowsAtTop = withoutEarlierColumn(firstRows);
  const mapping = await chooseMapping(sheet.name, rowsAtTop, area.columnIndex, options);
  const validator = createSheetValidator(rowsAtTop, {
    homeCountry: options.homeCountry,
    firstRow: area.rowIndex + 1,
    firstColumn: area.columnIndex,
    mapping: mapping.entries,
  });
  const anomaliesColumn =
    validator.headerRow === null
      ? null
      : { column: earlierColumn?.column ?? area.columnIndex + area.columnCount, headerRow: validator.headerRow - 1 };
  const marks = createValidationMarks({
    noteCount,
    commentCount: commentCount ?? 0,
    earlierNotes: earlier.filter((entry) => entry.kind === 'note'),
    anomaliesColumn: anomaliesColumn === null ? null : { ...anomaliesColumn, lastRow: area.rowIndex + area.rowCount - 1 },
    lang: options.lang,
    maxNotes: options.maxNotes ?? maxNotesPerValidation,
    rowCount: area.rowCount,
  });
  const run: ValidationRun = {
    sheet,
    area,
    state,
    otherSheets: others(sheet.id),
    textColumns,
    earlier,
    withoutEarlierColumn,
    earlierColumn: earlierColumn?.column ?? null,
    anomaliesColumn,
    validator,
    marks,
    lang: options.lang,
    requestBudget: options.requestBudget ?? requestBudgetBytes,
    mapping,
  };
  // The first rows' fill was read before the earlier marks are undone: only trusted when there were none.
  const headerIndex = validator.headerRow === null ? 0 : validator.headerRow - 1 - area.rowIndex;
  validateRows(run, firstRows, 0, earlier.length === 0 ? fillBelow(headerIndex) : null);
  return { run, progress: { earlierUndone: earlier.length === 0, reads: firstReadProgress(firstRows, headerIndex, area.columnCount) } };
}

/** Runs the template engine on rows read from `startIndex` (0: the used range's first row) and marks their invalid cells. */
function validateRows(run: ValidationRun, rows: readonly unknown[][], startIndex: number, rowsOwnFill: string | null): void {
  const marks = cellMarksFrom(run.validator.addRows(rows, startIndex), run.validator.columns, run.area.columnIndex, run.lang);
  run.marks.add(marks, rowsOwnFill, startIndex + rows.length);
}

/**
 * One request: undoes the earlier marks (until a request doing so went through), writes what fits of the waiting marks
 * (the rest waits for the next request), reads the next chunk, and, once every row is read and every mark written,
 * rewrites the mark store. A chunk Excel refuses to answer is asked again in halves, with what the request carried.
 * Returns where the requests stand, or null once the last one went through.
 */
async function sendNextRequest(
  context: Excel.RequestContext,
  run: ValidationRun,
  budget: SyncBudget,
  progress: RequestProgress,
): Promise<RequestProgress | null> {
  const allRead = progress.reads.read >= run.area.rowCount;
  if (!progress.earlierUndone) await queueUndoEarlierMarks(run, budget);
  const marks = await run.marks.queue(run.sheet, budget, allRead);
  const chunk = allRead ? null : await queueChunkRead(run, budget, progress.reads);
  const last = allRead && marks.settled;
  if (last) await queueStoreRewrite(context, run.state, [...run.otherSheets, ...run.marks.entries(run.sheet.id)], budget);
  const refused = await flushUnlessChunkRefused(budget, chunk);
  if (refused !== null) {
    run.marks.lost();
    return { ...progress, reads: afterChunkRefused(progress.reads, refused.count) };
  }
  marks.commit();
  if (last) return null;
  if (chunk === null) return { ...progress, earlierUndone: true };
  const values = chunk.values();
  validateRows(run, run.withoutEarlierColumn(values), progress.reads.read, ownFill(chunk.fill));
  return { earlierUndone: true, reads: afterChunkRead(progress.reads, chunk.count, values, run.area.columnCount) };
}

/** The earlier fills and "Anomalies" column (the earlier notes are the note writer's: deleted once every row is read). */
async function queueUndoEarlierMarks(run: ValidationRun, budget: SyncBudget): Promise<void> {
  await queueRestore(
    run.sheet,
    run.earlier.filter((entry) => entry.kind !== 'note'),
    null,
    budget,
  );
}

/** Queues the read of the next chunk's values and fill, sized so that its answer and its marks each fit in one request. */
async function queueChunkRead(run: ValidationRun, budget: SyncBudget, reads: ReadProgress): Promise<ChunkRead> {
  // Each displayed text comes back beside its number: a row weighs that much more.
  const rowBytes = reads.rowBytes + displayedTextBytes * run.textColumns.length;
  const count = nextChunkRows({ ...reads, rowBytes }, run.area, {
    responseLeft: budget.responseLeft(),
    requestBudget: run.requestBudget,
    markBytes: run.marks.requestBytes(),
  });
  await budget.reserve(chunkReadBytes * (1 + run.textColumns.length), count * rowBytes);
  const firstRow = run.area.rowIndex + reads.read;
  const range = run.sheet.getRangeByIndexes(firstRow, run.area.columnIndex, count, run.area.columnCount);
  range.load('values');
  // The displayed text of the columns whose numbers are validated as shown (a postal code 01234 formatted 00000).
  const texts = run.textColumns.map((column) => ({
    column,
    range: run.sheet.getRangeByIndexes(firstRow, run.area.columnIndex + column, count, 1).load('text'),
  }));
  const values = () => {
    const rows = range.values;
    for (const { column, range: text } of texts) applyDisplayedText(rows, column, text.text);
    return rows;
  };
  return { values, fill: range.format.fill.load(ownFillProperties), count };
}

/** Sends the request; returns its chunk when Excel refused to answer that many rows (and it can be halved), else null. */
async function flushUnlessChunkRefused(budget: SyncBudget, chunk: ChunkRead | null): Promise<ChunkRead | null> {
  try {
    await budget.flush();
    return null;
  } catch (error) {
    if (chunk === null || chunk.count === 1 || !isPayloadLimitError(error)) throw error;
    return chunk;
  }
}

/**
 * The mapping of this validation, from the first rows (without the earlier "Anomalies" column: not one of the sheet's);
 * a refresh from the store reads the headers with the same choice.
 */
export async function chooseMapping(
  sheetName: string,
  firstRows: readonly unknown[][],
  firstColumn: number,
  options: Pick<ValidateActiveSheetOptions, 'mapping' | 'confirmedMappings' | 'findMapping'>,
): Promise<AppliedMapping> {
  const keyRow = sheetHeaderRow(firstRows, firstColumn);
  const found = { signature: keyRow?.signature ?? '', sourceColumns: keyRow?.columns ?? [] };
  if (options.mapping !== undefined) return { ...found, source: 'confirmed', entries: options.mapping };
  const confirmed = options.confirmedMappings?.find((entry) => entry.sheetName === sheetName && entry.signature === found.signature);
  if (confirmed !== undefined) return { ...found, source: 'confirmed', entries: confirmed.mapping };
  if (options.findMapping === undefined || found.signature === '') return { ...found, source: 'engine', entries: [] };
  try {
    const remembered = await options.findMapping(found.signature);
    if (remembered !== null)
      return { ...found, source: 'remembered', entries: remembered.mapping, savedBy: remembered.savedBy, savedAt: remembered.savedAt };
  } catch {
    // The store did not answer: the engine alone reads the headers, the validation goes on.
  }
  return { ...found, source: 'engine', entries: [] };
}

function finishValidation(run: ValidationRun, live: Pick<LiveValidation, 'options' | 'features' | 'rowBytes'>): ActiveSheetValidation {
  const validation = run.validator.finish();
  // With a header row, the mapping step lists its columns (the mapping may have chosen another row than the engine).
  const mapping = validation.headerRow === null ? run.mapping : { ...run.mapping, sourceColumns: validation.sourceColumns };
  const marked = run.marks.summary();
  return keepLiveValidation(
    { sheetName: run.sheet.name, validation, marked, mapping },
    {
      ...live,
      sheetId: run.sheet.id,
      sheetName: run.sheet.name,
      validator: run.validator,
      area: { ...run.area },
      textColumns: run.textColumns,
      earlierColumn: run.earlierColumn,
      anomaliesColumn: run.anomaliesColumn,
      marked,
      lang: run.lang,
      mapping,
    },
  );
}

/** After a failed request: the mark store rewritten with `entries`, if Excel still answers. */
export async function recordMarksAfterFailure(
  context: Excel.RequestContext,
  state: MarkState,
  entries: readonly MarkEntry[],
): Promise<void> {
  try {
    const budget = createSyncBudget(context);
    await queueStoreRewrite(context, state, entries, budget);
    await budget.flush();
  } catch {
    // Excel is out of reach: the error that stopped the validation is the one to report.
  }
}
