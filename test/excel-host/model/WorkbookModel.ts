import { type CellRect, cellCount, lastColumn, lastRow } from '../address/CellRect';
import type { CellValue } from './CellValue';
import { SheetModel } from './SheetModel';
import type { TableModel } from './TableModel';
import { writeCellInput } from './writeCellInput';

export type CustomPropertyModel = { key: string; value: string | number | boolean; deleted: boolean };

export type ModelChange = { source: 'sync' | 'direct' | 'user' };
export type ModelListener = (change: ModelChange) => void;

/**
 * A change of cell contents on one sheet, as Excel reports it to Worksheet.onChanged (ExcelApi 1.7): typed, pasted,
 * deleted or undone by the user (`origin: 'user'`), or written by an add-in's request (`'addIn'`: Excel raises the same
 * event for it, with source Local, and the add-in has to tell its own writes apart). `details` for a single cell.
 */
export type CellChange = {
  sheetId: string;
  rect: CellRect;
  changeType: 'RangeEdited';
  origin: 'user' | 'addIn';
  details?: { valueBefore: CellValue | ''; valueAfter: CellValue | '' };
};
export type CellChangeListener = (change: CellChange) => void;

/** One user edit, kept so Ctrl+Z puts the cells back: their values and formulas before. */
type UndoEntry = { sheetId: string; rect: CellRect; before: { value: CellValue | undefined; formula: string | undefined }[][] };

/** Undo keeps this many edits, as Excel keeps 100 actions. */
const undoDepth = 100;

const invalidSheetName = /[[\]:*?/\\]/;

/** Why a sheet name is refused, or null when Excel accepts it. */
export function sheetNameProblem(name: string): 'empty' | 'too_long' | 'invalid_character' | null {
  if (name.trim() === '') return 'empty';
  if (name.length > 31) return 'too_long';
  if (invalidSheetName.test(name) || name.startsWith("'") || name.endsWith("'")) return 'invalid_character';
  return null;
}

/**
 * The workbook behind the host: its sheets in tab order, the active sheet, the selection and custom properties.
 * Tests use it directly (addSheet, sheet(name)…); proxies reach it only while a sync executes.
 */
export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheetId: string | null = null;
  /** The selected range; `activeCell` is the cell typing goes to (its top-left when the add-in selected it). */
  selection: { sheetId: string; rect: CellRect; activeCell?: { row: number; column: number } } | null = null;
  /** While true, every sync fails with InvalidOperationInCellEditMode unless the run asked delayForCellEdit. */
  cellEditMode = false;
  /** Workbook.properties.custom, keyed by lower-cased key (Excel compares keys case-insensitively). */
  readonly customProperties = new Map<string, CustomPropertyModel>();
  readonly tables: TableModel[] = [];
  private nextSheetNumber = 1;
  private nextTableNumber = 1;
  private readonly listeners = new Set<ModelListener>();
  private readonly cellListeners = new Set<CellChangeListener>();
  /** The add-in's writes of the sync being executed, raised as changes once it ends (flushAddInWrites). */
  private pendingWrites: { sheet: SheetModel; rect: CellRect; before: CellValue | undefined }[] = [];
  private readonly undoStack: UndoEntry[] = [];

  constructor(private readonly defaultSheetPrefix: string) {}

  /** Direct: adds a sheet at the end (the first one becomes active), optionally filled from A1. */
  addSheet(name: string, values?: unknown[][]): SheetModel {
    const sheet = this.createSheet(name);
    if (values) sheet.setValues(values);
    this.notify({ source: 'direct' });
    return sheet;
  }

  /** Direct: the sheet with that name (case-insensitive), or an Error naming the missing sheet. */
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`No sheet named ${name} (sheets: ${this.sheetNames().join(', ')})`);
    return sheet;
  }

  sheetNames(): string[] {
    return this.liveSheets().map((sheet) => sheet.name);
  }

  get activeSheetName(): string | null {
    return this.liveSheets().find((sheet) => sheet.id === this.activeSheetId)?.name ?? null;
  }

  set activeSheetName(name: string | null) {
    this.activeSheetId = name === null ? null : this.sheet(name).id;
    this.notify({ source: 'direct' });
  }

  /** Direct: the selected range as an address ("Clients!B2"), or null. */
  get selectedAddress(): { sheetName: string; rect: CellRect } | null {
    const sheet = this.selection && this.findSheetById(this.selection.sheetId);
    return sheet && this.selection ? { sheetName: sheet.name, rect: this.selection.rect } : null;
  }

  setCellEditMode(editing: boolean): void {
    this.cellEditMode = editing;
  }

  subscribe(listener: ModelListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(change: ModelChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }

  /** Cell content changes (the user's edits and the add-in's writes), as Worksheet.onChanged reports them. */
  onCellsChanged(listener: CellChangeListener): () => void {
    this.cellListeners.add(listener);
    return () => this.cellListeners.delete(listener);
  }

  // ---- the user's edits, as in Excel's grid (the preview page) -----------------------------------------

  /**
   * The user types (or pastes) `texts` from `topLeft` on a sheet: each cell is read as Excel reads typed input
   * (writeCellInput: numbers, booleans, a leading apostrophe, formulas), "" empties a cell. One undo step, one change.
   */
  editCells(sheetName: string, topLeft: { row: number; column: number }, texts: readonly (readonly string[])[]): void {
    const sheet = this.sheet(sheetName);
    const columnCount = Math.max(0, ...texts.map((line) => line.length));
    if (texts.length === 0 || columnCount === 0) return;
    const rect = { row: topLeft.row, column: topLeft.column, rowCount: texts.length, columnCount };
    this.userChange(sheet, rect, () => {
      texts.forEach((line, r) => {
        for (let c = 0; c < columnCount; c += 1) {
          const row = rect.row + r;
          const column = rect.column + c;
          const text = line[c] ?? '';
          if (text === '') sheet.storeValue(row, column, undefined);
          else writeCellInput(sheet, row, column, text);
        }
      });
    });
  }

  /** The user presses Delete on a selection: its contents go (formats stay). One undo step, one change. */
  clearCells(sheetName: string, rect: CellRect): void {
    const sheet = this.sheet(sheetName);
    this.userChange(sheet, rect, () => sheet.clearContents(rect));
  }

  /**
   * The user selects cells on a sheet (click, arrows, Shift): it becomes the active sheet, `rect` the selection and
   * `activeCell` (inside it) the cell Workbook.getActiveCell() returns.
   */
  selectCells(sheetName: string, rect: CellRect, activeCell: { row: number; column: number }): void {
    const sheet = this.sheet(sheetName);
    this.activeSheetId = sheet.id;
    this.selection = { sheetId: sheet.id, rect, activeCell };
    this.notify({ source: 'user' });
  }

  /** Ctrl+Z: the last edit's cells get back their values and formulas; false when there is nothing to undo. */
  undo(): boolean {
    const entry = this.undoStack.pop();
    const sheet = entry && this.findSheetById(entry.sheetId);
    if (!entry || !sheet) return false;
    const valueBefore = cellCount(entry.rect) === 1 ? sheet.getValue(entry.rect.row, entry.rect.column) : undefined;
    entry.before.forEach((line, r) =>
      line.forEach(({ value, formula }, c) => sheet.storeValue(entry.rect.row + r, entry.rect.column + c, value, formula)),
    );
    this.raise(sheet, entry.rect, 'user', valueBefore);
    this.notify({ source: 'user' });
    return true;
  }

  /** Whether Ctrl+Z has something to undo. */
  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  private userChange(sheet: SheetModel, rect: CellRect, change: () => void): void {
    if (cellCount(rect) > 2_000_000) throw new Error(`excel-host: an edit of ${cellCount(rect)} cells is not modelled`);
    const before = [];
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      const line = [];
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        line.push({ value: sheet.getValue(row, column), formula: sheet.getFormula(row, column) });
      }
      before.push(line);
    }
    this.undoStack.push({ sheetId: sheet.id, rect, before });
    if (this.undoStack.length > undoDepth) this.undoStack.shift();
    change();
    this.raise(sheet, rect, 'user', before[0]?.[0]?.value);
    this.notify({ source: 'user' });
  }

  private raise(sheet: SheetModel, rect: CellRect, origin: CellChange['origin'], valueBefore: CellValue | undefined): void {
    const change: CellChange = { sheetId: sheet.id, rect, changeType: 'RangeEdited', origin };
    if (cellCount(rect) === 1) change.details = { valueBefore: valueBefore ?? '', valueAfter: sheet.getValue(rect.row, rect.column) ?? '' };
    for (const listener of [...this.cellListeners]) listener(change);
  }

  // ---- used by the proxies while a sync executes -------------------------------------------------------

  /** A proxy is about to write the contents of `rect` (values, formulas, a clear): raised once the sync ends. */
  recordAddInWrite(sheet: SheetModel, rect: CellRect): void {
    if (this.cellListeners.size === 0) return;
    this.pendingWrites.push({ sheet, rect, before: cellCount(rect) === 1 ? sheet.getValue(rect.row, rect.column) : undefined });
  }

  /** The add-in's writes of the sync that just ended, raised as changes (Excel raises them after the request). */
  flushAddInWrites(): void {
    const writes = this.pendingWrites;
    this.pendingWrites = [];
    for (const { sheet, rect, before } of writes) if (!sheet.deleted) this.raise(sheet, rect, 'addIn', before);
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((sheet) => !sheet.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.liveSheets().find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  findSheetById(id: string): SheetModel | undefined {
    return this.liveSheets().find((sheet) => sheet.id === id);
  }

  nextDefaultSheetName(): string {
    let number = this.liveSheets().length + 1;
    while (this.findSheet(`${this.defaultSheetPrefix}${number}`)) number += 1;
    return `${this.defaultSheetPrefix}${number}`;
  }

  createSheet(name: string): SheetModel {
    if (sheetNameProblem(name) !== null) throw new Error(`Invalid sheet name: ${name}`);
    if (this.findSheet(name)) throw new Error(`A sheet named ${name} already exists`);
    const sheet = new SheetModel(`{sheet-${this.nextSheetNumber}}`, name, () => this.notify({ source: 'direct' }));
    this.nextSheetNumber += 1;
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  /** Direct: the table with that name (case-insensitive), or undefined. */
  table(name: string): TableModel | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted);
  }

  nextTableId(): string {
    const id = `{table-${this.nextTableNumber}}`;
    this.nextTableNumber += 1;
    return id;
  }

  nextDefaultTableName(): string {
    const prefix = this.defaultSheetPrefix === 'Feuil' ? 'Tableau' : 'Table';
    let number = 1;
    while (this.table(`${prefix}${number}`)) number += 1;
    return `${prefix}${number}`;
  }

  deleteSheet(sheet: SheetModel): void {
    for (const table of this.tables.filter((candidate) => candidate.sheet === sheet)) this.removeTable(table);
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.liveSheets()[0]?.id ?? null;
    if (this.selection?.sheetId === sheet.id) this.selection = null;
  }

  removeTable(table: TableModel): void {
    table.deleted = true;
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  positionOf(sheet: SheetModel): number {
    return this.sheets.indexOf(sheet);
  }

  moveSheet(sheet: SheetModel, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }
}
