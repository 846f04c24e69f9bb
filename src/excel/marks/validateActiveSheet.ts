import { columnLetter } from '../../domain/headers/columnLetter';
import type { Lang } from '../../domain/issues/Lang';
import type { SheetValidation } from '../../domain/validation/SheetValidation';
import { validateSheet } from '../../domain/validation/validateSheet';
import { detectExcelFeatures, type ExcelFeatures } from '../excelFeatures';
import type { CellPosition, CellRect } from '../ranges/CellRect';
import { type AddressChunk, chunkAddressList } from '../ranges/chunkAddressList';
import { mergeCellsIntoRects } from '../ranges/mergeCellsIntoRects';
import { cellAddress } from '../ranges/rectAddress';
import { cellsOfRects } from '../ranges/splitAddressList';
import { runExcel } from '../runExcel';
import type { CellMark } from './CellMark';
import { cellMarksFrom } from './cellMarksFrom';
import { actionBytes, createSyncBudget, rangeAreasBytes, requestBudgetBytes, type SyncBudget } from './createSyncBudget';
import { loadMarkState } from './loadMarkState';
import { markColors } from './markColors';
import type { MarkEntry } from './MarkEntry';
import { cellKeyOf, queueRestore } from './queueRestore';
import { queueStoreRewrite } from './queueStoreRewrite';
import { queueNoteLocations } from './readNoteLocations';
import { readRemainingRows, responseBudgetBytes, sampleRows, type UsedArea } from './readUsedValues';

export type MarkMode = 'notes' | 'column';

export type ValidateActiveSheetOptions = {
  homeCountry: string;
  lang: Lang;
  features?: ExcelFeatures;
  /** Bytes per request and per response (tests lower them to force chunking). */
  requestBudget?: number;
  responseBudget?: number;
};

export type ActiveSheetValidation = {
  sheetName: string;
  validation: SheetValidation;
  /** Marked cells; `withoutNote` cells already held a note of their own, so only their fill tells. */
  marked: { cells: number; mode: MarkMode; withoutNote: number };
};

export const anomaliesHeader = 'Anomalies';

/**
 * Validates the active sheet against the template and marks it: reads the used range in chunks under the payload
 * limit, runs the template engine, then marks each invalid cell (fill, plus its message as a note where ExcelApi
 * 1.18 is present, else in an "Anomalies" column at the end of its row), with RangeAreas built from address lists
 * under 8,192 characters. Marks from an earlier validation are undone first, and what the marking changes is kept
 * so clearMarks restores each cell's own fill. Values are never changed.
 * Syncs: the chunks read + 2 (+ 1 when marked cells have mixed fills of their own), whatever the number of
 * invalid cells, as long as the marks fit in one request.
 */
export async function validateActiveSheet(options: ValidateActiveSheetOptions): Promise<ActiveSheetValidation> {
  const features = options.features ?? detectExcelFeatures();
  const mode: MarkMode = features.notes ? 'notes' : 'column';
  return runExcel(async (context) => {
    // 1. The sheet, its used range and a first sample of rows, the mark store, and the sheet's notes.
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name,id');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const sample = sheet.getUsedRange(true).getRow(0).getResizedRange(sampleRows - 1, 0);
    sample.load('values');
    const state = loadMarkState(context);
    const notes = features.notes ? sheet.notes.load('items') : null;
    await context.sync();

    const { previous, others } = state.read();
    const previousEntries = previous(sheet.id);
    const area = usedArea(used, previousEntries);
    const rows: unknown[][] = area.rowCount === 0 ? [] : sample.values.slice(0, area.rowCount).map((row) => row.slice(0, area.columnCount));
    // 2. The rest of the rows, chunk by chunk.
    await readRemainingRows(context, sheet, area, rows, options.responseBudget ?? responseBudgetBytes);

    const validation = validateSheet(rows, { homeCountry: options.homeCountry, firstRow: area.rowIndex + 1, firstColumn: area.columnIndex });
    const marks = area.rowCount === 0 ? [] : cellMarksFrom(validation, area.columnIndex, options.lang);

    // 3. Undo the earlier marks, and read the own fill of the cells about to be marked (and where notes sit).
    const budget = createSyncBudget(context, options.requestBudget ?? requestBudgetBytes);
    await queueRestore(sheet, previousEntries.filter((entry) => entry.kind !== 'note'), null, budget);
    const noteKeys = queueNoteLocations(notes);
    await budget.reserve(actionBytes(null) * (notes?.items.length ?? 0));
    const allRects = mergeCellsIntoRects(marks);
    const originals = await readOwnFills(context, sheet, allRects, budget);

    // 4. Mark, and keep what was changed.
    const existingNotes = noteKeys() ?? new Set<string>();
    const previousNoteCells = new Set(previousEntries.filter((entry) => entry.kind === 'note').flatMap((entry) => entry.addresses.split(',').map(cellKeyOf)));
    await queueRestore(sheet, previousEntries.filter((entry) => entry.kind === 'note'), existingNotes, budget);
    const userNotes = new Set([...existingNotes].filter((key) => !previousNoteCells.has(key)));
    const entries: MarkEntry[] = originals.map(({ color, rects }) => chunkAddressList(rects).map((chunk) => ({ sheetId: sheet.id, kind: 'fill' as const, color, addresses: chunk.address }))).flat();
    for (const severity of ['warning', 'error'] as const) {
      const rects = mergeCellsIntoRects(marks.filter((mark) => mark.severity === severity));
      for (const chunk of chunkAddressList(rects)) {
        await budget.reserve(rangeAreasBytes(chunk.address));
        sheet.getRanges(chunk.address).format.fill.color = markColors[severity];
      }
    }
    let withoutNote = 0;
    if (mode === 'notes') {
      const noted: CellPosition[] = [];
      for (const mark of marks) {
        if (userNotes.has(`${mark.row},${mark.column}`)) {
          withoutNote += 1;
          continue;
        }
        const address = cellAddress(mark.row, mark.column);
        await budget.reserve(actionBytes([address, mark.message]));
        sheet.notes.add(address, mark.message);
        noted.push(mark);
      }
      for (const chunk of chunkAddressList(noted.map((cell) => ({ ...cell, rowCount: 1, columnCount: 1 })))) {
        entries.push({ sheetId: sheet.id, kind: 'note', addresses: chunk.address });
      }
    } else if (marks.length > 0 && validation.headerRow !== null) {
      entries.push(await queueAnomaliesColumn(sheet, sheet.id, area, validation.headerRow - 1, marks, budget));
    }
    await queueStoreRewrite(context, state, [...others(sheet.id), ...entries], budget);
    await budget.flush();
    return { sheetName: sheet.name, validation, marked: { cells: marks.length, mode, withoutNote } };
  }, { mergeUndoGroup: features.mergeUndoGroup });
}

/** The used range to validate, without the "Anomalies" column an earlier validation wrote. */
function usedArea(used: Excel.Range, previous: readonly MarkEntry[]): UsedArea {
  if (used.isNullObject) return { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
  let columnCount = used.columnCount;
  const anomalies = previous.find((entry) => entry.kind === 'column');
  if (anomalies) {
    const [, column] = cellKeyOf(anomalies.addresses.split(':')[0] ?? '').split(',').map(Number);
    if (column !== undefined && column >= used.columnIndex) columnCount = Math.min(columnCount, column - used.columnIndex);
  }
  return { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: Math.max(0, columnCount) };
}

/**
 * The own fill of every cell about to be marked, grouped by colour ('' = no fill): one load per address list
 * (uniform lists answer in one value); lists with mixed fills are read again cell by cell in one more sync.
 */
async function readOwnFills(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rects: readonly CellRect[],
  budget: SyncBudget,
): Promise<{ color: string; rects: CellRect[] }[]> {
  const byColor = new Map<string, CellRect[]>();
  const add = (color: string, rect: CellRect) => {
    const list = byColor.get(color);
    if (list) list.push(rect);
    else byColor.set(color, [rect]);
  };
  const chunks: { chunk: AddressChunk; fill: Excel.RangeFill }[] = [];
  for (const chunk of chunkAddressList(rects)) {
    await budget.reserve(rangeAreasBytes(chunk.address));
    chunks.push({ chunk, fill: sheet.getRanges(chunk.address).format.fill.load('color,pattern') });
  }
  await budget.flush();
  const mixedCells: { address: string; fill: Excel.RangeFill }[] = [];
  for (const { chunk, fill } of chunks) {
    const color = ownColor(fill);
    if (color !== null) {
      for (const rect of chunk.rects) add(color, rect);
      continue;
    }
    for (const address of cellsOfRects(chunk.rects)) {
      await budget.reserve(rangeAreasBytes(address));
      mixedCells.push({ address, fill: sheet.getRange(address).format.fill.load('color,pattern') });
    }
  }
  if (mixedCells.length > 0) await budget.flush();
  for (const { address, fill } of mixedCells) {
    const [row = 0, column = 0] = cellKeyOf(address).split(',').map(Number);
    add(ownColor(fill) ?? '', { row, column, rowCount: 1, columnCount: 1 });
  }
  return [...byColor].map(([color, list]) => ({ color, rects: list }));
}

function ownColor(fill: Excel.RangeFill): string | null {
  if (fill.pattern === 'None') return '';
  if (fill.pattern === null || fill.color === null) return null;
  return fill.color;
}

/** Writes the "Anomalies" column after the last column: its header, then each marked row's messages. */
async function queueAnomaliesColumn(
  sheet: Excel.Worksheet,
  sheetId: string,
  area: UsedArea,
  headerRow: number,
  marks: readonly CellMark[],
  budget: SyncBudget,
): Promise<MarkEntry> {
  const column = area.columnIndex + area.columnCount;
  const byRow = new Map<number, string[]>();
  for (const mark of [...marks].sort((a, b) => a.row - b.row || a.column - b.column)) {
    const text = `${mark.header} : ${mark.message.replace(/\n/g, ' ; ')}`;
    const list = byRow.get(mark.row);
    if (list) list.push(text);
    else byRow.set(mark.row, [text]);
  }
  const lastRow = Math.max(...byRow.keys());
  const letter = columnLetter(column);
  const address = `${letter}${headerRow + 1}:${letter}${lastRow + 1}`;
  await budget.reserve(400);
  const whole = sheet.getRange(address);
  whole.numberFormat = '@' as unknown as string[][];
  const header = sheet.getRange(`${letter}${headerRow + 1}`);
  header.format.font.bold = true;
  header.values = [[anomaliesHeader]];
  // Rows in blocks that fit a request.
  let start = headerRow + 1;
  while (start <= lastRow) {
    const block: string[][] = [];
    let bytes = 0;
    let row = start;
    while (row <= lastRow && (block.length === 0 || bytes < requestBudgetBytes / 4)) {
      const text = (byRow.get(row) ?? []).join(' | ');
      block.push([text]);
      bytes += text.length * 2 + 6;
      row += 1;
    }
    await budget.reserve(actionBytes(block));
    sheet.getRange(`${letter}${start + 1}:${letter}${start + block.length}`).values = block;
    start = row;
  }
  return { sheetId, kind: 'column', addresses: address };
}
