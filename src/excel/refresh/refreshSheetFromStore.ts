import {
  cellAddress,
  createRefreshRowReader,
  describeRefreshStatus,
  findHeaderRow,
  foldText,
  HEADER_SEARCH_ROWS,
  importStatusHeader,
  planSheetRefresh,
  rangeAddress,
  refreshLookup,
  versionHeader,
  type ColumnKey,
  type ColumnMapping,
  type HeaderColumns,
  type Language,
  type RefreshAnswer,
  type RefreshColumns,
  type RefreshCounts,
  type RefreshPlan,
  type RefreshRow,
  type SheetConflict,
} from '@/domain';
import { runsOf } from '../imports/writeImportResults';
import { chooseMapping, type RememberedMapping, type SheetMapping } from '../marks/validateActiveSheet';
import { afterChunkRead, firstReadProgress, nextChunkRows, type ReadProgress, type UsedArea } from '../marks/chunkSizing';
import { createSyncBudget, requestBudgetBytes, responseBudgetBytes, type SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope } from '../requests/requestBytes';
import { runExcel } from '../runExcel';
import { cellInputOf, clientCellInput } from '../template/writeClientsToSheet';
import { recordRowFingerprints } from '../imports/fingerprintStore';

/** What a refresh asks the store for one batch of rows: their codes, and the version each was filled from. */
export type RefreshLookupRequest = { codes: string[]; versions: Record<string, number> };

export type RefreshSheetOptions = {
  /** The sheet to refresh; the active sheet when absent. */
  sheetName?: string;
  homeCountry: string;
  lang: Language;
  /** How the headers are read, as a validation reads them (chooseMapping): a mapping given, confirmed or remembered. */
  mapping?: ColumnMapping;
  confirmedMappings?: readonly SheetMapping[];
  findMapping?: (signature: string) => Promise<RememberedMapping | null>;
  /** Asks the store (POST /clients/lookup), at most `codesPerLookup` codes at a time. */
  lookup: (request: RefreshLookupRequest) => Promise<RefreshAnswer>;
  codesPerLookup: number;
  /** Bytes per request and per response (tests lower them to force chunking). */
  requestBudget?: number;
  responseBudget?: number;
  date?: Date;
  /**
   * The key the sheet's fingerprints for this store are filed under (the pane's fingerprintStoreKey): the touched rows'
   * fingerprints are then forgotten after the refresh, so the next import sends them. Absent: none are touched.
   */
  fingerprintKey?: string;
};

/** What a refresh did: counts for the summary, and the conflicts to list (cells left as the sheet has them). */
export type SheetRefresh =
  | { outcome: 'no_code_column'; sheetName: string }
  | {
      outcome: 'refreshed';
      sheetName: string;
      /** Rows with a code (each looked up), and the chunks they were read in (syncs = reads + 2). */
      rows: number;
      reads: number;
      counts: RefreshCounts;
      conflicts: SheetConflict[];
      /**
       * The codes of the rows the refresh wrote into or found behind the store (a status written): what an import
       * remembered of them (their fingerprints) no longer holds.
       */
      touchedCodes: string[];
    };

/** Bytes of the request that reads a chunk (its values and number formats). */
const chunkReadBytes = 600;

/** Where the refresh of a sheet reads and writes, found from its header row. */
type RefreshLayout = {
  headerRow: number;
  /** 0-based sheet column of the first column read, and how many are read. */
  firstColumn: number;
  columnCount: number;
  columns: RefreshColumns;
  headers: Map<ColumnKey, string>;
  /** 0-based sheet column of "Statut import", or null until a status needs one (it is then added after the last column). */
  statusColumn: number | null;
  nextFreeColumn: number;
};

/**
 * "Actualiser depuis la base": refreshes a sheet of clients with codes from the store. Reads the header row (the
 * template engine's, with the mapping a validation would use: given, confirmed for the sheet, or remembered by the
 * store, looked up between two requests), then the rows in chunks under the response budget (values and number
 * formats of the columns from the code to the last read); asks the store for each chunk's codes in batches of
 * `codesPerLookup`, with each row's "Version" (planSheetRefresh decides); queues the cells the store changed (as
 * writeClientsToSheet writes them, into the user's cells whose format stays), the new versions and the statuses
 * ("Statut import", added after the last column when the sheet has none), which travel with the next chunk's read.
 * Syncs: 1 (the header rows) + 1 per chunk + 1 (the last writes), more only when a chunk's writes pass one request.
 * Only these cells change: the user's own columns, the other cells and every format stay as they were.
 */
export async function refreshSheetFromStore(options: RefreshSheetOptions): Promise<SheetRefresh> {
  const refreshed = await refreshSheet(options);
  const key = options.fingerprintKey;
  if (key !== undefined && refreshed.outcome === 'refreshed' && refreshed.touchedCodes.length > 0) {
    // What the last import remembered of these rows no longer holds; a failure only costs economy, not correctness:
    // the fingerprints of rows changed since differ from their values anyway.
    await recordRowFingerprints(refreshed.sheetName, key, new Map(refreshed.touchedCodes.map((code) => [code, null]))).catch(
      () => undefined,
    );
  }
  return refreshed;
}

/** The refresh itself (refreshSheetFromStore without the fingerprints). */
async function refreshSheet(options: RefreshSheetOptions): Promise<SheetRefresh> {
  // A failing store fails the refresh with its own error (not an Excel one): kept apart from runExcel's mapping.
  const store: { failure?: { error: unknown } } = {};
  const lookup = async (request: RefreshLookupRequest) => {
    try {
      return await options.lookup(request);
    } catch (error) {
      store.failure = { error };
      throw error;
    }
  };
  try {
    return await runExcel((context) => refreshInContext(context, { ...options, lookup }));
  } catch (error) {
    throw store.failure === undefined ? error : store.failure.error;
  }
}

async function refreshInContext(context: Excel.RequestContext, options: RefreshSheetOptions): Promise<SheetRefresh> {
  const sheets = context.workbook.worksheets;
  const sheet = options.sheetName === undefined ? sheets.getActiveWorksheet() : sheets.getItem(options.sheetName);
  sheet.load('name');
  // The used range, and its first rows (where the header row may be) in the same request.
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const first = sheet
    .getUsedRange(true)
    .getRow(0)
    .getResizedRange(HEADER_SEARCH_ROWS - 1, 0)
    .load('values');
  await context.sync();
  if (used.isNullObject) return { outcome: 'no_code_column', sheetName: sheet.name };
  const area: UsedArea = { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
  const firstRows = first.values.slice(0, Math.min(area.rowCount, HEADER_SEARCH_ROWS));
  const mapping = await chooseMapping(sheet.name, firstRows, area.columnIndex, options);
  const match = findHeaderRow(firstRows, area.columnIndex, mapping.entries.length === 0 ? undefined : mapping.entries);
  const layout = match === undefined ? null : refreshLayout(match.columns, area, area.rowIndex + match.index + 1);
  if (match === undefined || layout === null) return { outcome: 'no_code_column', sheetName: sheet.name };

  const budget = createSyncBudget(context, options.requestBudget ?? requestBudgetBytes, options.responseBudget ?? responseBudgetBytes);
  const readRow = createRefreshRowReader(layout.columns, { homeCountry: options.homeCountry });
  const writer = createRefreshWriter(sheet, layout, budget, options);
  const dataArea: UsedArea = { ...area, columnCount: layout.columnCount };
  let progress: ReadProgress = firstReadProgress(
    firstRows.map((row) => row.slice(layout.firstColumn - area.columnIndex, layout.firstColumn - area.columnIndex + layout.columnCount)),
    match.index,
    layout.columnCount,
  );
  progress = { ...progress, read: match.index + 1, rowBytes: progress.rowBytes * 2 };
  const result = { rows: 0, reads: 0, counts: emptyCounts(), conflicts: [] as SheetConflict[], touchedCodes: [] as string[] };
  while (progress.read < area.rowCount) {
    const count = nextChunkRows(progress, dataArea, {
      responseLeft: budget.responseLeft(),
      requestBudget: budget.requestLeft(),
      markBytes: 0,
    });
    await budget.reserve(chunkReadBytes, count * progress.rowBytes);
    const chunk = sheet.getRangeByIndexes(area.rowIndex + progress.read, layout.firstColumn, count, layout.columnCount);
    chunk.load('values,numberFormat');
    await budget.flush();
    const firstRow = area.rowIndex + progress.read + 1;
    const rows: RefreshRow[] = [];
    chunk.values.forEach((cells, index) => {
      const row = readRow(cells, firstRow + index);
      if (row !== null) rows.push(row);
    });
    for (let start = 0; start < rows.length; start += options.codesPerLookup) {
      const batch = rows.slice(start, start + options.codesPerLookup);
      const plan = planSheetRefresh(batch, await options.lookup(refreshLookup(batch)));
      await writer.queue(plan, (row) => chunk.numberFormat[row - firstRow] ?? []);
      addCounts(result.counts, plan.counts);
      result.conflicts.push(...plan.conflicts);
      const touched = new Set([...plan.writes, ...plan.statuses].map((entry) => entry.row));
      for (const row of batch) if (touched.has(row.row)) result.touchedCodes.push(row.code);
    }
    result.rows += rows.length;
    result.reads += 1;
    const values = afterChunkRead(progress, count, chunk.values, layout.columnCount);
    const formats = afterChunkRead(progress, count, chunk.numberFormat, layout.columnCount);
    progress = { ...values, rowBytes: values.rowBytes + formats.rowBytes };
  }
  await budget.flush();
  return { outcome: 'refreshed', sheetName: sheet.name, ...result };
}

/** The columns a refresh reads (from the first to the last of code, Version and the keys it can write), or null without a code column. */
function refreshLayout(columns: HeaderColumns, area: UsedArea, headerRow: number): RefreshLayout | null {
  const code = columns.mapped.find((column) => column.key === 'code' && column.part === undefined);
  if (code === undefined) return null;
  const addIn = (header: string) => columns.addIn.find((column) => foldText(column.header) === foldText(header));
  const version = addIn(versionHeader);
  const status = addIn(importStatusHeader);
  // A key fed by a split column (a full name, a birth date in three columns) has no cell of its own to write into.
  const split = new Set(columns.mapped.filter((column) => column.part !== undefined).map((column) => column.key));
  const keys = columns.mapped.filter((column) => column.key !== 'code' && !split.has(column.key));
  const indexes = [code.index, ...(version === undefined ? [] : [version.index]), ...keys.map((column) => column.index)];
  const low = Math.min(...indexes);
  const high = Math.max(...indexes);
  return {
    headerRow,
    firstColumn: area.columnIndex + low,
    columnCount: high - low + 1,
    columns: {
      code: code.index - low,
      version: version === undefined ? null : version.index - low,
      keys: keys.map((column) => ({ key: column.key, index: column.index - low })),
    },
    headers: new Map(keys.map((column) => [column.key, column.header])),
    statusColumn: status === undefined ? null : area.columnIndex + status.index,
    nextFreeColumn: area.columnIndex + area.columnCount,
  };
}

/** Queues a plan's writes into the sheet, column by column in runs of consecutive rows, under the request budget. */
function createRefreshWriter(sheet: Excel.Worksheet, layout: RefreshLayout, budget: SyncBudget, options: RefreshSheetOptions) {
  const date = options.date ?? new Date();
  const columnOf = new Map(layout.columns.keys.map((column) => [column.key, column.index]));
  const write = async (column: number, byRow: ReadonlyMap<number, string | number>) => {
    for (const run of runsOf(byRow)) {
      await budget.reserve(actionBytes(run.values, rangeWriteEnvelope));
      sheet.getRange(rangeAddress({ row: run.first - 1, column }, { row: run.first + run.values.length - 2, column })).values = run.values;
    }
  };
  const statusColumn = async () => {
    if (layout.statusColumn !== null) return layout.statusColumn;
    layout.statusColumn = layout.nextFreeColumn++;
    await budget.reserve(rangeWriteEnvelope * 2);
    const cell = sheet.getRange(cellAddress(layout.headerRow - 1, layout.statusColumn));
    cell.values = [[importStatusHeader]];
    cell.format.font.bold = true;
    return layout.statusColumn;
  };
  return {
    async queue(plan: RefreshPlan, formatsOf: (row: number) => readonly unknown[]) {
      const byColumn = new Map<number, Map<number, string | number>>();
      const cellsOf = (index: number) => {
        const cells = byColumn.get(index) ?? new Map<number, string | number>();
        byColumn.set(index, cells);
        return cells;
      };
      for (const change of plan.writes) {
        const index = columnOf.get(change.key);
        if (index === undefined) continue;
        cellsOf(index).set(change.row, clientCellInput(change.key, change.value, formatsOf(change.row)[index] === '@'));
      }
      const version = layout.columns.version;
      if (version !== null) for (const { row, version: value } of plan.versions) cellsOf(version).set(row, cellInputOf(String(value)));
      for (const [index, byRow] of byColumn) await write(layout.firstColumn + index, byRow);
      if (plan.statuses.length === 0) return;
      const headerOf = (key: ColumnKey) => layout.headers.get(key) ?? key;
      const statuses = new Map(
        plan.statuses.map((status) => [status.row, cellInputOf(describeRefreshStatus(status, headerOf, date, options.lang))]),
      );
      await write(await statusColumn(), statuses);
    },
  };
}

const emptyCounts = (): RefreshCounts => ({ updatedCells: 0, deletedRows: 0, unknownRows: 0, conflictFields: 0, conflictRows: 0 });

function addCounts(total: RefreshCounts, counts: RefreshCounts): void {
  for (const key of Object.keys(total) as (keyof RefreshCounts)[]) total[key] += counts[key];
}
