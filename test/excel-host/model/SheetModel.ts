import { type CellRect, cellCount, lastColumn, lastRow, maxRows, rectContains, rectsIntersect } from '../address/CellRect';
import { cellKey } from '@/domain';
import { NoteMap } from './NoteMap';
import { formatRangeAddress } from '../address/formatRangeAddress';
import { parseRangeAddress } from '../address/parseRangeAddress';
import { type CellFormat, type CellSnapshot, type CellValue, defaultFontColor, defaultNumberFormat } from './CellValue';
import { formatCellText } from './formatCellText';
import type { CustomPropertyModel } from './WorkbookModel';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A data validation as Range.dataValidation holds it (basic: objects are kept as given, not enforced). */
export type DataValidationEntry = {
  rect: CellRect;
  rule: Record<string, unknown>;
  errorAlert?: Record<string, unknown>;
  prompt?: Record<string, unknown>;
  ignoreBlanks?: boolean;
};

const emptyFormat: CellFormat = Object.freeze({});
/** Formatting more cells than this in one call is only modelled for whole columns (kept per column). */
const maxFormattedCellsPerCall = 2_000_000;

function isWholeColumns(rect: CellRect): boolean {
  return rect.row === 0 && rect.rowCount === maxRows;
}

function withoutUndefined(format: CellFormat): CellFormat {
  const result: CellFormat = { ...format };
  for (const key of Object.keys(result) as (keyof CellFormat)[]) {
    if (result[key] === undefined) delete result[key];
  }
  return result;
}

/**
 * One worksheet. Cells are sparse: a Map of rows, each a sparse array of values, so a sheet with a value at
 * row 1,000,000 costs one row. Formats and formulas live in their own sparse maps (they are rare).
 *
 * Methods marked "direct" are the test bench's view of the workbook (no proxies, no syncs); they store exactly
 * what they are given and notify the host's subscribers.
 */
export class SheetModel {
  name: string;
  visibility: SheetVisibility = 'Visible';
  frozenRows = 0;
  frozenColumns = 0;
  tabColor = '';
  deleted = false;
  readonly validations: DataValidationEntry[] = [];
  /** Worksheet.customProperties (ExcelApi 1.12), keyed by lower-cased key. */
  readonly customProperties = new Map<string, CustomPropertyModel>();
  /** Cell notes (ExcelApi 1.18), keyed "row,column" (0-based). */
  readonly notes = new NoteMap();
  /** Threaded comments (ExcelApi 1.10), keyed "row,column" (0-based): a cell holds a comment or a note, never both. */
  readonly comments = new NoteMap();
  /** Column widths in points set through Range.format.columnWidth, by 0-based column. */
  readonly columnWidths = new Map<number, number>();
  /** Columns hidden through Range.columnHidden, by 0-based column. */
  readonly hiddenColumns = new Set<number>();
  private readonly rows = new Map<number, (CellValue | undefined)[]>();
  private readonly formats = new Map<number, Map<number, CellFormat>>();
  private readonly formulas = new Map<number, Map<number, string>>();
  private readonly columnFormats = new Map<number, CellFormat>();

  constructor(
    readonly id: string,
    name: string,
    private readonly onDirectChange: () => void,
  ) {
    this.name = name;
  }

  // ---- cells -------------------------------------------------------------------------------------------

  getValue(row: number, column: number): CellValue | undefined {
    return this.rows.get(row)?.[column];
  }

  getFormula(row: number, column: number): string | undefined {
    return this.formulas.get(row)?.get(column);
  }

  /** Stores a value (undefined or "" empties the cell) and the cell's formula, if any. */
  storeValue(row: number, column: number, value: CellValue | undefined, formula?: string): void {
    const formulaRow = this.formulas.get(row);
    if (formula === undefined) {
      formulaRow?.delete(column);
      if (formulaRow?.size === 0) this.formulas.delete(row);
    } else {
      (formulaRow ?? this.formulas.set(row, new Map()).get(row))?.set(column, formula);
    }
    if (value === undefined || value === '') {
      const cells = this.rows.get(row);
      if (!cells || cells[column] === undefined) return;
      cells[column] = undefined;
      let length = cells.length;
      while (length > 0 && cells[length - 1] === undefined) length -= 1;
      if (length === 0) this.rows.delete(row);
      else cells.length = length;
      return;
    }
    let cells = this.rows.get(row);
    if (!cells) {
      cells = [];
      this.rows.set(row, cells);
    }
    cells[column] = value;
  }

  getFormat(row: number, column: number): CellFormat {
    const own = this.formats.get(row)?.get(column);
    const columnFormat = this.columnFormats.get(column);
    if (!columnFormat) return own ?? emptyFormat;
    return own ? { ...columnFormat, ...own } : columnFormat;
  }

  /** Sets formats on every cell of a rectangle; whole columns are stored once per column. */
  patchFormat(rect: CellRect, patch: CellFormat): void {
    if (isWholeColumns(rect)) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        this.columnFormats.set(column, withoutUndefined({ ...(this.columnFormats.get(column) ?? {}), ...patch }));
      }
      for (const [row, formatRow] of this.formats) {
        for (const column of [...formatRow.keys()]) {
          if (column >= rect.column && column <= lastColumn(rect)) this.patchCell(row, column, patch);
        }
      }
      return;
    }
    if (cellCount(rect) > maxFormattedCellsPerCall) {
      throw new Error(
        `excel-host: formatting ${cellCount(rect)} cells at once is only modelled for whole columns (limit ${maxFormattedCellsPerCall})`,
      );
    }
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) this.patchCell(row, column, patch);
    }
  }

  /** The value of one format key over a rectangle when every cell has the same one; null when mixed. */
  uniformFormat<K extends keyof CellFormat>(rect: CellRect, key: K): CellFormat[K] | null {
    const seen = new Set<CellFormat[K]>();
    let explicit = 0;
    const visit = (formatRow: Map<number, CellFormat>) => {
      for (const [column, format] of formatRow) {
        if (column < rect.column || column > lastColumn(rect) || format[key] === undefined) continue;
        explicit += 1;
        seen.add(format[key]);
      }
    };
    // Whichever is fewer: the rectangle's rows, or the rows that hold formats.
    if (rect.rowCount < this.formats.size) {
      for (let row = rect.row; row <= lastRow(rect); row += 1) {
        const formatRow = this.formats.get(row);
        if (formatRow) visit(formatRow);
      }
    } else {
      for (const [row, formatRow] of this.formats) {
        if (row >= rect.row && row <= lastRow(rect)) visit(formatRow);
      }
    }
    if (explicit < cellCount(rect)) {
      if (isWholeColumns(rect) || rect.columnCount <= 16_384) {
        for (let column = rect.column; column <= lastColumn(rect); column += 1) {
          seen.add(this.columnFormats.get(column)?.[key]);
          if (seen.size > 1) break;
        }
      } else {
        seen.add(undefined);
      }
    }
    return seen.size === 1 ? ([...seen][0] as CellFormat[K]) : null;
  }

  clearFormats(rect: CellRect): void {
    for (const [row, formatRow] of this.formats) {
      if (row < rect.row || row > lastRow(rect)) continue;
      for (const column of [...formatRow.keys()]) {
        if (column >= rect.column && column <= lastColumn(rect)) formatRow.delete(column);
      }
      if (formatRow.size === 0) this.formats.delete(row);
    }
    if (isWholeColumns(rect)) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) this.columnFormats.delete(column);
    }
    for (let i = this.validations.length - 1; i >= 0; i -= 1) {
      const entry = this.validations[i];
      if (entry && rectContains(rect, entry.rect)) this.validations.splice(i, 1);
    }
  }

  private patchCell(row: number, column: number, patch: CellFormat): void {
    let formatRow = this.formats.get(row);
    if (!formatRow) {
      formatRow = new Map();
      this.formats.set(row, formatRow);
    }
    const next = withoutUndefined({ ...(formatRow.get(column) ?? {}), ...patch });
    if (Object.keys(next).length === 0) formatRow.delete(column);
    else formatRow.set(column, next);
    if (formatRow.size === 0) this.formats.delete(row);
  }

  clearContents(rect: CellRect): void {
    for (const row of [...this.rows.keys()]) {
      if (row < rect.row || row > lastRow(rect)) continue;
      const cells = this.rows.get(row) ?? [];
      const end = Math.min(cells.length - 1, lastColumn(rect));
      for (let column = rect.column; column <= end; column += 1) {
        this.storeValue(row, column, undefined);
      }
    }
  }

  /** The smallest rectangle holding every value (and, unless valuesOnly, every formatted cell); null when none. */
  usedRect(valuesOnly: boolean): CellRect | null {
    let top = Infinity;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    const include = (row: number, columns: Iterable<number>) => {
      for (const column of columns) {
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (column < left) left = column;
        if (column > right) right = column;
      }
    };
    for (const [row, cells] of this.rows) {
      const first = cells.findIndex((cell) => cell !== undefined);
      if (first !== -1) include(row, [first, cells.length - 1]);
    }
    if (!valuesOnly) {
      for (const [row, formatRow] of this.formats) include(row, formatRow.keys());
    }
    if (bottom === -1) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Values of a rectangle, "" for empty cells (the shape Range.values returns). */
  readValues(rect: CellRect): CellValue[][] {
    const values: CellValue[][] = [];
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      const cells = this.rows.get(row);
      const line: CellValue[] = new Array<CellValue>(rect.columnCount);
      for (let i = 0; i < rect.columnCount; i += 1) line[i] = cells?.[rect.column + i] ?? '';
      values.push(line);
    }
    return values;
  }

  snapshot(row: number, column: number): CellSnapshot {
    const value = this.getValue(row, column);
    const format = this.getFormat(row, column);
    const numberFormat = format.numberFormat ?? defaultNumberFormat;
    return {
      value: value ?? '',
      text: formatCellText(value, numberFormat),
      formula: this.getFormula(row, column) ?? null,
      numberFormat,
      fillColor: format.fillColor ?? null,
      fillPattern: format.fillColor === undefined ? 'None' : (format.fillPattern ?? 'Solid'),
      fillPatternColor: format.fillPatternColor ?? null,
      fontBold: format.fontBold ?? false,
      fontItalic: format.fontItalic ?? false,
      fontColor: format.fontColor ?? defaultFontColor,
    };
  }

  validationsIn(rect: CellRect): DataValidationEntry[] {
    return this.validations.filter((entry) => rectsIntersect(entry.rect, rect));
  }

  // ---- direct access for tests and the preview grid -----------------------------------------------------

  /** Direct: values from A1 to the bottom-right of the used range (or of `address`), "" for empty cells. */
  getValues(address?: string): CellValue[][] {
    if (address !== undefined) return this.readValues(this.parseLocal(address));
    const used = this.usedRect(true);
    if (!used) return [];
    return this.readValues({ row: 0, column: 0, rowCount: lastRow(used) + 1, columnCount: lastColumn(used) + 1 });
  }

  /** Direct: writes values as given from `topLeft` (default A1); null, undefined and "" empty a cell. */
  setValues(values: unknown[][], topLeft = 'A1'): void {
    const start = this.parseLocal(topLeft);
    values.forEach((line, rowOffset) => {
      line.forEach((value, columnOffset) => {
        const stored = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : undefined;
        this.storeValue(start.row + rowOffset, start.column + columnOffset, stored);
      });
    });
    this.onDirectChange();
  }

  /** Direct: one cell's value, text and formats, e.g. cell("B2"). */
  cell(address: string): CellSnapshot {
    const rect = this.parseLocal(address);
    return this.snapshot(rect.row, rect.column);
  }

  /** Direct: the note of one cell, e.g. note("B2"), or null. */
  note(address: string): string | null {
    const rect = this.parseLocal(address);
    return this.notes.get(cellKey(rect)) ?? null;
  }

  /** Direct: adds or replaces the note of one cell. */
  setNote(address: string, content: string): void {
    const rect = this.parseLocal(address);
    this.notes.set(cellKey(rect), content);
    this.onDirectChange();
  }

  /** Direct: a threaded comment on one cell (as a colleague would add it in Excel). */
  addComment(address: string, content: string): void {
    const rect = this.parseLocal(address);
    this.comments.set(cellKey(rect), content);
    this.onDirectChange();
  }

  /** Direct: sets formats on cells, e.g. setFormat("A1:C1", { fontBold: true }). */
  setFormat(address: string, format: CellFormat): void {
    this.patchFormat(this.parseLocal(address), format);
    this.onDirectChange();
  }

  /** Direct: the used range's address ("Clients!A1:D10"), or null on an empty sheet. */
  usedRangeAddress(valuesOnly = false): string | null {
    const used = this.usedRect(valuesOnly);
    return used ? formatRangeAddress(this.name, used) : null;
  }

  /** Direct: the number of rows and columns from A1 to the used range's bottom-right corner (the grid's size). */
  extent(): { rowCount: number; columnCount: number } {
    const used = this.usedRect(false);
    return used ? { rowCount: lastRow(used) + 1, columnCount: lastColumn(used) + 1 } : { rowCount: 0, columnCount: 0 };
  }

  private parseLocal(address: string): CellRect {
    const parsed = parseRangeAddress(address);
    if (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== this.name.toLowerCase()) {
      throw new Error(`Address ${address} is not on sheet ${this.name}`);
    }
    return parsed.rect;
  }
}
