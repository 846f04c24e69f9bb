import { HEADER_SEARCH_ROWS } from '@/domain';
import { isPayloadLimitError } from '../toExcelOperationError';
import { applyDisplayedText, displayedTextColumns } from './displayedValues';
import { loadMarkState, type MarkState } from './loadMarkState';
import { ownFill, ownFillProperties } from './ownFill';
import type { UsedArea } from './chunkSizing';

export type SheetStart = {
  sheet: Excel.Worksheet;
  area: UsedArea;
  /** The first rows of the used range (up to 20: where the header row may be), every column. */
  firstRows: unknown[][];
  /** The own fill shared by every first row after `headerIndex`, null if mixed. */
  fillBelow: (headerIndex: number) => string | null;
  state: MarkState;
  /** How many notes the sheet holds; null without the notes API. */
  noteCount: number | null;
  /** How many threaded comments it holds (a cell with one cannot take a note); null without the notes API. */
  commentCount: number | null;
  /**
   * Columns (0-based in the used range) where the first rows show a number through a format like `00000` or
   * `0## ### ## ##`: their numbers are validated as displayed (`firstRows` already holds those texts).
   */
  textColumns: number[];
};

/**
 * The first request of a validation: the active sheet, its used range, its first 20 rows with each row's fill (the
 * header row is often styled) with their number formats and displayed texts, the mark store, and the number of notes. Rows full of long text can make even this
 * answer too large for Excel: it is then asked again with half as many rows.
 */
export async function readSheetStart(context: Excel.RequestContext, notesSupported: boolean): Promise<SheetStart> {
  for (let rowCount = HEADER_SEARCH_ROWS; ; rowCount = Math.max(1, Math.floor(rowCount / 2))) {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load('name,id');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const sample = sheet
      .getUsedRange(true)
      .getRow(0)
      .getResizedRange(rowCount - 1, 0);
    sample.load('values,numberFormat,text');
    const fills = Array.from({ length: rowCount }, (_, index) => sample.getRow(index).format.fill.load(ownFillProperties));
    const state = loadMarkState(context);
    const noteCount = notesSupported ? sheet.notes.getCount() : null;
    const commentCount = notesSupported ? sheet.comments.getCount() : null;
    try {
      await context.sync();
    } catch (error) {
      if (rowCount > 1 && isPayloadLimitError(error)) continue;
      throw error;
    }
    const area: UsedArea = used.isNullObject
      ? { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 }
      : { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount };
    const rows = area.rowCount === 0 ? 0 : Math.min(area.rowCount, sample.values.length);
    const firstRows = sample.values.slice(0, rows).map((row) => row.slice(0, area.columnCount));
    const textColumns = displayedTextColumns(firstRows, sample.numberFormat.slice(0, rows));
    for (const column of textColumns)
      applyDisplayedText(
        firstRows,
        column,
        sample.text.slice(0, rows).map((row) => [row[column]]),
      );
    return {
      sheet,
      area,
      firstRows,
      textColumns,
      fillBelow: (headerIndex) => {
        const colors = new Set(fills.slice(headerIndex + 1, Math.max(headerIndex + 1, area.rowCount)).map(ownFill));
        const [only] = colors;
        return colors.size === 1 && only !== undefined ? only : null;
      },
      state,
      noteCount: noteCount?.value ?? null,
      commentCount: commentCount?.value ?? null,
    };
  }
}
