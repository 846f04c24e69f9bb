import type { CellRect } from '../address/CellRect';
import { SheetModel } from './SheetModel';
import type { TableModel } from './TableModel';

export type CustomPropertyModel = { key: string; value: string | number | boolean; deleted: boolean };

export type ModelChange = { source: 'sync' | 'direct' };
export type ModelListener = (change: ModelChange) => void;

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
  selection: { sheetId: string; rect: CellRect } | null = null;
  /** While true, every sync fails with InvalidOperationInCellEditMode unless the run asked delayForCellEdit. */
  cellEditMode = false;
  /** Workbook.properties.custom, keyed by lower-cased key (Excel compares keys case-insensitively). */
  readonly customProperties = new Map<string, CustomPropertyModel>();
  readonly tables: TableModel[] = [];
  private nextSheetNumber = 1;
  private nextTableNumber = 1;
  private readonly listeners = new Set<ModelListener>();

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

  // ---- used by the proxies while a sync executes -------------------------------------------------------

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
