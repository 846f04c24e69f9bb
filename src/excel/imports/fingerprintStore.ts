import { queueNewStoreFormat } from '../marks/queueStoreRewrite';
import { createSyncBudget, type SyncBudget } from '../requests/createSyncBudget';
import { actionBytes, rangeWriteEnvelope, utf8Bytes } from '../requests/requestBytes';
import { runExcel } from '../runExcel';

/**
 * The very hidden sheet where the add-in files, per sheet and per store, the fingerprint of each client row as last
 * imported or refreshed (never in a visible cell): rows of [sheet id, store key, bytes, packed entries], `bytes` the
 * UTF-8 size of the packed cell (so a read asks for no more than fits in an answer). A sheet's entries take as many rows
 * as needed, each cell under Excel's 32,767 characters; the sheet id survives a rename.
 */
export const fingerprintStoreSheetName = 'SuiviClients_Empreintes';

/** Characters of packed entries per cell (Excel holds 32,767). */
const packedCellChars = 30_000;
/** The answer around one packed cell read back (its JSON escapes, the envelope). */
const packedAnswerBytes = 200;

/** Entries → cells of packed JSON pairs [code, fingerprint], each under packedCellChars. */
export function packFingerprints(entries: ReadonlyMap<string, string>): string[] {
  const cells: string[] = [];
  let pairs: string[] = [];
  let length = 2;
  for (const [code, fingerprint] of entries) {
    const pair = JSON.stringify([code, fingerprint]);
    if (pairs.length > 0 && length + pair.length + 1 > packedCellChars) {
      cells.push(`[${pairs.join(',')}]`);
      pairs = [];
      length = 2;
    }
    pairs.push(pair);
    length += pair.length + 1;
  }
  if (pairs.length > 0) cells.push(`[${pairs.join(',')}]`);
  return cells;
}

/** Packed cells → entries; a cell that is not a list of [code, fingerprint] pairs is skipped (nothing trusted from it). */
export function unpackFingerprints(cells: readonly unknown[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const cell of cells) {
    if (typeof cell !== 'string' || cell === '') continue;
    let pairs: unknown;
    try {
      pairs = JSON.parse(cell);
    } catch {
      continue;
    }
    if (!Array.isArray(pairs)) continue;
    for (const pair of pairs) {
      if (Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string') entries.set(pair[0], pair[1]);
    }
  }
  return entries;
}

/** What the first request of a read or a write finds: the sheet's id and the store rows holding its entries. */
type StoreRows = {
  store: Excel.Worksheet;
  exists: boolean;
  sheetId: string;
  /** The store rows of this sheet and store, with the bytes of each one's packed cell. */
  rows: { row: number; bytes: number }[];
  /** Rows emptied earlier, free for new entries. */
  freeRows: number[];
  /** The store's rows, free ones included: a new row goes below. */
  rowCount: number;
};

/**
 * Store rows read with the first request: a row holds up to about 1,000 codes, so this covers a million codes; a larger
 * store costs one more request.
 */
const firstKeyRows = 2000;

/** First request: the sheet's id and the store's first three columns (which rows belong to this sheet and store, their size). */
async function findStoreRows(context: Excel.RequestContext, sheetName: string, storeKey: string): Promise<StoreRows> {
  const sheet = context.workbook.worksheets.getItem(sheetName).load('id');
  const store = context.workbook.worksheets.getItemOrNullObject(fingerprintStoreSheetName);
  const used = store.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
  // Columns A:C only: the packed cells stay in the sheet.
  const keys = [store.getRangeByIndexes(0, 0, firstKeyRows, 3).load('values')];
  await context.sync();
  const found: StoreRows = { store, exists: !store.isNullObject, sheetId: sheet.id, rows: [], freeRows: [], rowCount: 0 };
  if (store.isNullObject || used.isNullObject) return found;
  found.rowCount = used.rowIndex + used.rowCount;
  if (found.rowCount > firstKeyRows) {
    keys.push(store.getRangeByIndexes(firstKeyRows, 0, found.rowCount - firstKeyRows, 3).load('values'));
    await context.sync();
  }
  keys
    .flatMap((range) => range.values)
    .slice(0, found.rowCount)
    .forEach(([id, key, bytes], row) => {
      if (id === sheet.id && key === storeKey) found.rows.push({ row, bytes: Number(bytes) || 0 });
      else if (id === '') found.freeRows.push(row);
    });
  return found;
}

/**
 * The fingerprints filed for a sheet's rows against a store (storeKey: an opaque key, the pane's fingerprintStoreKey), by client code; empty when
 * none were. Two syncs (one when the store or its entries do not exist), more only past 4.5 MB of entries.
 */
export async function readRowFingerprints(sheetName: string, storeKey: string): Promise<Map<string, string>> {
  return runExcel(async (context) => {
    const found = await findStoreRows(context, sheetName, storeKey);
    return readPacked(found, createSyncBudget(context));
  });
}

/**
 * Applies `updates` (a code's new fingerprint, or null to forget it) to a sheet's fingerprints against a store: its
 * store rows are read, merged and written again (into its own rows, then free ones, then below), the very hidden
 * store sheet made when missing. Three syncs (two when the store is new), more only past 4.5 MB.
 */
export async function recordRowFingerprints(
  sheetName: string,
  storeKey: string,
  updates: ReadonlyMap<string, string | null>,
): Promise<void> {
  if (updates.size === 0) return;
  await runExcel(async (context) => {
    const found = await findStoreRows(context, sheetName, storeKey);
    const budget = createSyncBudget(context);
    const earlier = await readPacked(found, budget);
    for (const [code, fingerprint] of updates) {
      if (fingerprint === null) earlier.delete(code);
      else earlier.set(code, fingerprint);
    }
    const store = found.exists ? found.store : context.workbook.worksheets.add(fingerprintStoreSheetName);
    if (!found.exists) queueNewStoreFormat(store);
    const cells = packFingerprints(earlier);
    const targets = [...found.rows.map((entry) => entry.row), ...found.freeRows];
    let next = found.rowCount;
    for (const [index, cell] of cells.entries()) {
      const row = targets[index] ?? next++;
      const values = [[found.sheetId, storeKey, String(utf8Bytes(cell)), cell]];
      await queueWrite(store, row, values, budget);
    }
    // This sheet's rows no longer needed are emptied (free for the next sheet's entries).
    for (const { row } of found.rows.slice(cells.length)) await queueWrite(store, row, [['', '', '', '']], budget);
    await budget.flush();
  });
}

/** The packed entries of the sheet's store rows (one sync, none when it has none). */
async function readPacked(found: StoreRows, budget: SyncBudget): Promise<Map<string, string>> {
  if (found.rows.length === 0) return new Map();
  const cells: Excel.Range[] = [];
  for (const { row, bytes } of found.rows) {
    await budget.reserve(300, bytes + packedAnswerBytes);
    cells.push(found.store.getRangeByIndexes(row, 3, 1, 1).load('values'));
  }
  await budget.flush();
  return unpackFingerprints(cells.map((cell) => cell.values[0]?.[0]));
}

/** Queues the write of one store row. */
async function queueWrite(store: Excel.Worksheet, row: number, values: string[][], budget: SyncBudget): Promise<void> {
  await budget.reserve(actionBytes(values, rangeWriteEnvelope));
  store.getRangeByIndexes(row, 0, 1, 4).values = values;
}
