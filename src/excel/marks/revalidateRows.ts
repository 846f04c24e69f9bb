import { cellKey, parseRectAddress, positionsOfRects, splitAddressList, type CellRect, type Issue } from '@/domain';
import { createSyncBudget, requestBudgetBytes, responseBudgetBytes, type SyncBudget } from '../requests/createSyncBudget';
import { runExcel } from '../runExcel';
import { isPayloadLimitError } from '../toExcelOperationError';
import { cellMarksFrom } from './cellMarksFrom';
import type { CellMark } from './CellMark';
import type { UsedArea } from './chunkSizing';
import { createValidationMarks, type MarkSummary } from './createValidationMarks';
import { applyDisplayedText } from './displayedValues';
import { loadMarkState, type MarkState } from './loadMarkState';
import type { MarkEntry } from './MarkEntry';
import { markEntriesInRows } from './markEntriesInRows';
import { ownFill, ownFillProperties } from './ownFill';
import { queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import {
  keepLiveValidation,
  recordMarksAfterFailure,
  validateActiveSheet,
  type ActiveSheetValidation,
  type LiveValidation,
} from './validateActiveSheet';

/** A change Worksheet.onChanged reported on the watched sheet: its cells, and what kind of change it was. */
export type SheetChange = { address: string; changeType: string };

/** What changed rows call for: nothing (no validated cell touched), re-validating some rows, or the whole sheet again. */
export type RevalidationPlan =
  | { kind: 'none' }
  | { kind: 'full' }
  /** Rows (0-based sheet rows, blocks in order), the area they make (extended by rows just below), the cells changed. */
  | { kind: 'rows'; blocks: CellRect[]; area: UsedArea; changed: CellRect[] };

export type RevalidationBudgets = { requestBudget?: number; responseBudget?: number };

/** A chunk's reads carry about this much request per range read. */
const readBytes = 600;
/** Response bytes of one cell's displayed text, a little over (as validateActiveSheet counts them). */
const displayedTextBytes = 24;

/**
 * What some changes of the validated sheet call for. The whole sheet is validated again when a change is not a plain
 * edit of cells (columns or rows inserted or deleted, a sort), touches the header row or the rows above it, cannot be
 * read as one rectangle, or lies below the validated area with rows between; rows typed just below the area extend it.
 * Changes beside the area's columns, or inside the "Anomalies" column only, call for nothing.
 */
export function planRevalidation(live: LiveValidation, changes: readonly SheetChange[]): RevalidationPlan {
  const { validator, area, anomaliesColumn } = live;
  if (validator.headerRow === null) return { kind: 'full' };
  const headerRow = validator.headerRow - 1;
  const firstColumn = area.columnIndex;
  const endColumn = area.columnIndex + area.columnCount;
  let endRow = area.rowIndex + area.rowCount;
  const changed: CellRect[] = [];
  for (const change of changes) {
    if (change.changeType !== 'RangeEdited') return { kind: 'full' };
    for (const address of splitAddressList(change.address)) {
      const rect = parseRectAddress(address.slice(address.lastIndexOf('!') + 1));
      if (rect === undefined) return { kind: 'full' };
      const column = Math.max(rect.column, firstColumn);
      const columnEnd = Math.min(rect.column + rect.columnCount, endColumn);
      // The "Anomalies" column (ours: its header too) and columns beside the area feed no field.
      if (columnEnd <= column || isInColumn(rect, anomaliesColumn)) continue;
      if (rect.row <= headerRow || rect.row > endRow) return { kind: 'full' };
      endRow = Math.max(endRow, rect.row + rect.rowCount);
      changed.push({ row: rect.row, column, rowCount: rect.rowCount, columnCount: columnEnd - column });
    }
  }
  if (changed.length === 0) return { kind: 'none' };
  return { kind: 'rows', blocks: mergeRowBlocks(changed, area), area: { ...area, rowCount: endRow - area.rowIndex }, changed };
}

/** Whether a rectangle lies inside the "Anomalies" column. */
export function isInColumn(rect: CellRect, anomaliesColumn: LiveValidation['anomaliesColumn']): boolean {
  return anomaliesColumn !== null && rect.column === anomaliesColumn.column && rect.columnCount === 1;
}

/** The changed rectangles' rows, as blocks of consecutive rows across the area's columns, in order. */
function mergeRowBlocks(rects: readonly CellRect[], area: UsedArea): CellRect[] {
  const sorted = [...rects].sort((a, b) => a.row - b.row);
  const blocks: CellRect[] = [];
  for (const rect of sorted) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && rect.row <= last.row + last.rowCount) {
      last.rowCount = Math.max(last.rowCount, rect.row + rect.rowCount - last.row);
    } else blocks.push({ row: rect.row, column: area.columnIndex, rowCount: rect.rowCount, columnCount: area.columnCount });
  }
  return blocks;
}

/**
 * Validates again the rows some changes touched, and updates their marks: in chunks of rows under the response budget,
 * each in a constant number of syncs. The first request of a chunk reads its rows (values, the displayed text of the
 * columns validated as shown, the own fill of the changed cells) and, for the first chunk, the mark store; the validator
 * checks those rows again with their twins (a fixed duplicate frees its twin); the next request undoes the marks of every
 * row checked again (own fills back, the "Anomalies" cells cleared, our notes on them deleted), marks them anew and
 * rewrites the mark store, so "Effacer les marques" still gives every cell back. One more request when a twin's own fill
 * was not read (it is read after the undo), or, with notes, to locate the sheet's notes. Changes that call for it
 * (planRevalidation) validate the whole sheet again (validateActiveSheet). Returns the validation of the sheet now,
 * with its continuation (liveValidationOf), or null when the changes touched nothing validated.
 */
export async function revalidateRows(
  live: LiveValidation,
  changes: readonly SheetChange[],
  budgets: RevalidationBudgets = {},
): Promise<ActiveSheetValidation | null> {
  const plan = planRevalidation(live, changes);
  if (plan.kind === 'none') return null;
  if (plan.kind === 'full') return validateActiveSheet({ ...live.options, ...budgets, features: live.features });
  return runExcel(
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(live.sheetId);
      const budget = createSyncBudget(context, budgets.requestBudget ?? requestBudgetBytes, budgets.responseBudget ?? responseBudgetBytes);
      const run: RowsRun = {
        live,
        sheet,
        area: plan.area,
        changed: plan.changed,
        state: loadMarkState(context),
        entries: null,
        counts: null,
        budget,
        rowBytes: live.rowBytes + displayedTextBytes * live.textColumns.length,
        budgets,
        markedChange: 0,
      };
      try {
        const chunks = rowChunks(plan.blocks, run);
        for (let index = 0; index < chunks.length; index += 1)
          await revalidateChunk(context, run, chunks[index] ?? [], index === chunks.length - 1);
      } catch (error) {
        if (run.entries !== null) await recordMarksAfterFailure(context, run.state, run.entries);
        throw error;
      }
      const nextLive: LiveValidation = { ...live, area: plan.area };
      const validation = live.validator.finish();
      const marked: MarkSummary = { ...live.marked, cells: live.marked.cells + run.markedChange };
      return keepLiveValidation({ sheetName: live.sheetName, validation, marked, mapping: live.mapping }, { ...nextLive, marked });
    },
    { mergeUndoGroup: live.features.mergeUndoGroup },
  );
}

type RowsRun = {
  live: LiveValidation;
  sheet: Excel.Worksheet;
  area: UsedArea;
  changed: readonly CellRect[];
  state: MarkState;
  /** The mark store's entries (every sheet's) as they stand; null until the first request read them. */
  entries: MarkEntry[] | null;
  /** The sheet's numbers of notes and comments, read with each chunk's rows where messages go in notes. */
  counts: { notes: OfficeExtension.ClientResult<number>; comments: OfficeExtension.ClientResult<number> } | null;
  budget: SyncBudget;
  rowBytes: number;
  budgets: RevalidationBudgets;
  /** Marked cells now less marked cells before, over the chunks so far (every marked cell has its own fill listed). */
  markedChange: number;
};

/** The blocks cut into chunks whose answer fits in a response (and in Excel's 5,000,000 cells per read). */
function rowChunks(blocks: readonly CellRect[], run: RowsRun): CellRect[][] {
  const budget = (run.budgets.responseBudget ?? responseBudgetBytes) * 0.9;
  const perChunk = Math.max(1, Math.min(Math.floor(budget / run.rowBytes), Math.floor(5_000_000 / Math.max(1, run.area.columnCount))));
  const chunks: CellRect[][] = [];
  let chunk: CellRect[] = [];
  let rows = 0;
  for (const block of blocks) {
    let at = block.row;
    const end = block.row + block.rowCount;
    while (at < end) {
      const count = Math.min(end - at, perChunk - rows);
      chunk.push({ ...block, row: at, rowCount: count });
      rows += count;
      at += count;
      if (rows >= perChunk) {
        chunks.push(chunk);
        chunk = [];
        rows = 0;
      }
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

type BlockRead = { block: CellRect; values: Excel.Range; texts: { column: number; range: Excel.Range }[] };

/** Reads a chunk's rows, checks them again, and marks the rows checked again; the last chunk rewrites the mark store. */
async function revalidateChunk(context: Excel.RequestContext, run: RowsRun, chunk: readonly CellRect[], last: boolean): Promise<void> {
  const { live, sheet, budget } = run;
  let reads: BlockRead[];
  let fills: { rect: CellRect; fill: Excel.RangeFill }[];
  try {
    reads = await queueBlockReads(run, chunk);
    fills = await queueChangedFills(run, chunk);
    if (live.marked.mode === 'notes' && live.features.notes) {
      await budget.reserve(400, 100);
      run.counts = { notes: sheet.notes.getCount(), comments: sheet.comments.getCount() };
    }
    await budget.flush();
  } catch (error) {
    const rows = chunk.reduce((sum, block) => sum + block.rowCount, 0);
    if (!isPayloadLimitError(error) || rows <= 1) throw error;
    // Rows longer than measured: the chunk is read again in halves.
    run.rowBytes *= 2;
    for (const half of rowChunks(chunk, run)) await revalidateChunk(context, run, half, false);
    if (last) await revalidateChunk(context, run, [], true);
    return;
  }
  run.entries ??= run.state.read().entries;
  const rowsChecked = new Set<number>();
  const issues: Issue[] = [];
  for (const { block, values, texts } of reads) {
    const rows = values.values;
    for (const { column, range } of texts) applyDisplayedText(rows, column, range.text);
    if (live.earlierColumn !== null) for (const row of rows) row[live.earlierColumn - run.area.columnIndex] = '';
    const found = live.validator.replaceRows(rows, block.row - run.area.rowIndex);
    for (const row of found.rows) rowsChecked.add(row - 1);
    for (const issue of found.issues) issues.push(issue);
  }
  const marks = cellMarksFrom(issues, live.validator.columns, run.area.columnIndex, live.lang);
  const { inRows, outside } = markEntriesInRows(run.entries, live.sheetId, rowsChecked);
  await queueRestore(
    sheet,
    inRows.filter((entry) => entry.kind !== 'note'),
    null,
    budget,
  );
  const counts = run.counts;
  const writers = createValidationMarks({
    noteCount: counts === null ? null : counts.notes.value,
    commentCount: counts?.comments.value ?? 0,
    earlierNotes: inRows.filter((entry) => entry.kind === 'note'),
    anomaliesColumn:
      live.anomaliesColumn === null
        ? null
        : { ...live.anomaliesColumn, lastRow: run.area.rowIndex + run.area.rowCount - 1, onlyMarkedRows: true },
    lang: live.lang,
    maxNotes: Infinity,
    rowCount: run.area.rowCount,
  });
  const { groups, unmarked } = byOwnFill(marks, inRows, fills);
  for (const [color, group] of groups) writers.add(group, color, run.area.rowCount);
  run.markedChange += marks.length - unmarked;
  const kept = (entries: readonly MarkEntry[]) => {
    const written = writers.entries(live.sheetId);
    // The "Anomalies" column is listed once, by the widest address (rows typed below the area extend it).
    const column = written.find((entry) => entry.kind === 'column');
    return [...entries.filter((entry) => column === undefined || entry.sheetId !== live.sheetId || entry.kind !== 'column'), ...written];
  };
  for (;;) {
    const queued = await writers.queue(sheet, budget, true);
    if (last && queued.settled) await queueStoreRewrite(context, run.state, kept(outside), budget);
    await budget.flush();
    queued.commit();
    run.entries = kept(outside);
    if (queued.settled) return;
  }
}

/** Queues the read of a chunk's rows: values, and the displayed text of the columns validated as shown. */
async function queueBlockReads(run: RowsRun, chunk: readonly CellRect[]): Promise<BlockRead[]> {
  const { sheet, live, budget } = run;
  const reads: BlockRead[] = [];
  for (const block of chunk) {
    await budget.reserve(readBytes * (1 + live.textColumns.length), block.rowCount * run.rowBytes);
    const values = sheet.getRangeByIndexes(block.row, block.column, block.rowCount, block.columnCount).load('values');
    const texts = live.textColumns.map((column) => ({
      column,
      range: sheet.getRangeByIndexes(block.row, block.column + column, block.rowCount, 1).load('text'),
    }));
    reads.push({ block, values, texts });
  }
  return reads;
}

/** Queues the read of the own fill of the changed cells in the chunk (a cell marked before has its own fill in the store). */
async function queueChangedFills(run: RowsRun, chunk: readonly CellRect[]): Promise<{ rect: CellRect; fill: Excel.RangeFill }[]> {
  const fills: { rect: CellRect; fill: Excel.RangeFill }[] = [];
  for (const block of chunk) {
    for (const rect of run.changed) {
      const row = Math.max(rect.row, block.row);
      const end = Math.min(rect.row + rect.rowCount, block.row + block.rowCount);
      if (end <= row) continue;
      await run.budget.reserve(readBytes, 200);
      const part = { ...rect, row, rowCount: end - row };
      fills.push({
        rect: part,
        fill: run.sheet.getRangeByIndexes(part.row, part.column, part.rowCount, part.columnCount).format.fill.load(ownFillProperties),
      });
    }
  }
  return fills;
}

/**
 * The marks grouped by their cell's own fill: the one the mark store kept for a cell marked before, else that of the
 * changed cells read with the rows (when uniform), else unknown (null: the fill writer reads it after the undo); and
 * how many cells were marked before (those the restored entries list).
 */
function byOwnFill(
  marks: readonly CellMark[],
  restored: readonly MarkEntry[],
  fills: readonly { rect: CellRect; fill: Excel.RangeFill }[],
): { groups: Map<string | null, CellMark[]>; unmarked: number } {
  const stored = new Map<string, string>();
  for (const entry of restored) {
    if (entry.kind !== 'fill') continue;
    const rects = splitAddressList(entry.addresses).flatMap((address) => parseRectAddress(address) ?? []);
    for (const cell of positionsOfRects(rects)) stored.set(cellKey(cell), entry.color);
  }
  const read = fills.map(({ rect, fill }) => ({ rect, color: ownFill(fill) }));
  const groups = new Map<string | null, CellMark[]>();
  for (const mark of marks) {
    const inRead = read.find(
      ({ rect }) =>
        mark.row >= rect.row &&
        mark.row < rect.row + rect.rowCount &&
        mark.column >= rect.column &&
        mark.column < rect.column + rect.columnCount,
    );
    const color = stored.get(cellKey(mark)) ?? inRead?.color ?? null;
    const group = groups.get(color);
    if (group) group.push(mark);
    else groups.set(color, [mark]);
  }
  return { groups, unmarked: stored.size };
}
