import { type CellRect, cellCount, maxColumns, maxRows } from '../address/CellRect';
import { formatRangeAddress } from '../address/formatRangeAddress';
import { HostOfficeError } from '../HostOfficeError';
import { defaultNumberFormat } from '../model/CellValue';
import { formatCellText } from '../model/formatCellText';
import { writeCellInput } from '../model/writeCellInput';
import type { WorkbookModel } from '../model/WorkbookModel';
import { gridInput, mapGrid } from './gridInput';
import { HostClientObject, type PropertySpec, type ProxyOrigin } from './HostClientObject';
import type { HostRequestContext } from './HostRequestContext';
import { HostDataValidation } from './HostDataValidation';
import { HostRangeFormat } from './HostRangeFormat';
import { HostWorksheet } from './HostWorksheet';
import { firstRect, type RangeTarget, resolveRangeAddress } from './RangeTarget';

const cells = (target: RangeTarget) => cellCount(firstRect(target));

function valueType(value: unknown, formula: string | undefined): string {
  if (formula !== undefined && typeof value === 'string' && value.startsWith('#')) return 'Error';
  if (value === undefined || value === '') return 'Empty';
  if (typeof value === 'number') return 'Double';
  if (typeof value === 'boolean') return 'Boolean';
  return 'String';
}

export type ClearApplyTo = 'All' | 'Formats' | 'Contents' | 'Hyperlinks' | 'RemoveHyperlinks';

export function clearRects(model: WorkbookModel, target: RangeTarget, applyTo: ClearApplyTo = 'All'): void {
  for (const rect of target.rects) {
    if (applyTo === 'All' || applyTo === 'Contents') {
      model.recordAddInWrite(target.sheet, rect);
      target.sheet.clearContents(rect);
    }
    if (applyTo === 'All' || applyTo === 'Formats') target.sheet.clearFormats(rect);
  }
}

/** Excel.Range over one rectangle. */
export class HostRange extends HostClientObject<RangeTarget> {
  readonly _className = 'Range';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    values: {
      cells,
      get: (target) => target.sheet.readValues(firstRect(target)),
      set: (target, value) => {
        const rect = firstRect(target);
        const input = gridInput(value, rect, 'Range.values');
        this.context._env.model.recordAddInWrite(target.sheet, rect);
        for (let r = 0; r < rect.rowCount; r += 1) {
          for (let c = 0; c < rect.columnCount; c += 1) writeCellInput(target.sheet, rect.row + r, rect.column + c, input(r, c));
        }
      },
    },
    formulas: {
      cells,
      get: (target) =>
        mapGrid(firstRect(target), (row, column) => target.sheet.getFormula(row, column) ?? target.sheet.getValue(row, column) ?? ''),
      set: (target, value) => {
        const rect = firstRect(target);
        const input = gridInput(value, rect, 'Range.formulas');
        this.context._env.model.recordAddInWrite(target.sheet, rect);
        for (let r = 0; r < rect.rowCount; r += 1) {
          for (let c = 0; c < rect.columnCount; c += 1) writeCellInput(target.sheet, rect.row + r, rect.column + c, input(r, c));
        }
      },
    },
    text: {
      cells,
      get: (target) =>
        mapGrid(firstRect(target), (row, column) =>
          formatCellText(target.sheet.getValue(row, column), target.sheet.getFormat(row, column).numberFormat ?? defaultNumberFormat),
        ),
    },
    numberFormat: {
      cells,
      get: (target) => mapGrid(firstRect(target), (row, column) => target.sheet.getFormat(row, column).numberFormat ?? defaultNumberFormat),
      set: (target, value) => {
        const rect = firstRect(target);
        const input = gridInput(value, rect, 'Range.numberFormat');
        if (!Array.isArray(value) || (rect.rowCount === 1 && rect.columnCount === 1)) {
          const format = input(0, 0);
          if (typeof format !== 'string') throw new HostOfficeError('InvalidArgument', { location: 'Range.numberFormat' });
          target.sheet.patchFormat(rect, { numberFormat: format === defaultNumberFormat ? undefined : format });
          return;
        }
        for (let r = 0; r < rect.rowCount; r += 1) {
          for (let c = 0; c < rect.columnCount; c += 1) {
            const format = input(r, c);
            if (format === null || format === undefined) continue;
            if (typeof format !== 'string') throw new HostOfficeError('InvalidArgument', { location: 'Range.numberFormat' });
            const cell: CellRect = { row: rect.row + r, column: rect.column + c, rowCount: 1, columnCount: 1 };
            target.sheet.patchFormat(cell, { numberFormat: format === defaultNumberFormat ? undefined : format });
          }
        }
      },
    },
    valueTypes: {
      cells,
      get: (target) =>
        mapGrid(firstRect(target), (row, column) => valueType(target.sheet.getValue(row, column), target.sheet.getFormula(row, column))),
    },
    /** True when every column of the range is hidden, false when none is, null when some are (as Excel answers). */
    columnHidden: {
      get: (target) => {
        const rect = firstRect(target);
        let hidden = 0;
        const columns = Math.min(rect.columnCount, maxColumns);
        for (let column = rect.column; column < rect.column + columns; column += 1) if (target.sheet.hiddenColumns.has(column)) hidden += 1;
        return hidden === 0 ? false : hidden === columns ? true : null;
      },
      set: (target, value) => {
        if (typeof value !== 'boolean') throw new HostOfficeError('InvalidArgument', { location: 'Range.columnHidden' });
        for (const rect of target.rects) {
          for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
            if (value) target.sheet.hiddenColumns.add(column);
            else target.sheet.hiddenColumns.delete(column);
          }
        }
      },
    },
    address: { get: (target) => formatRangeAddress(target.sheet.name, firstRect(target)) },
    addressLocal: { get: (target) => formatRangeAddress(target.sheet.name, firstRect(target)) },
    rowCount: { get: (target) => firstRect(target).rowCount },
    columnCount: { get: (target) => firstRect(target).columnCount },
    cellCount: { get: (target) => cellCount(firstRect(target)) },
    rowIndex: { get: (target) => firstRect(target).row },
    columnIndex: { get: (target) => firstRect(target).column },
  };
  protected override readonly _navigation = {
    format: () => this.format,
    worksheet: () => this.worksheet,
    dataValidation: () => this.dataValidation,
  };
  private formatProxy: HostRangeFormat | undefined;
  private worksheetProxy: HostWorksheet | undefined;
  private dataValidationProxy: HostDataValidation | undefined;

  constructor(context: HostRequestContext, origin: ProxyOrigin<RangeTarget>) {
    super(context, origin);
  }

  get values(): unknown[][] {
    return this._read('values');
  }

  set values(value: unknown[][]) {
    this._write('values', value);
  }

  get formulas(): unknown[][] {
    return this._read('formulas');
  }

  set formulas(value: unknown[][]) {
    this._write('formulas', value);
  }

  get numberFormat(): unknown[][] {
    return this._read('numberFormat');
  }

  set numberFormat(value: unknown[][]) {
    this._write('numberFormat', value);
  }

  get columnHidden(): boolean | null {
    return this._read('columnHidden');
  }

  set columnHidden(value: boolean) {
    this._write('columnHidden', value);
  }

  get text(): string[][] {
    return this._read('text');
  }

  get valueTypes(): string[][] {
    return this._read('valueTypes');
  }

  get address(): string {
    return this._read('address');
  }

  get addressLocal(): string {
    return this._read('addressLocal');
  }

  get rowCount(): number {
    return this._read('rowCount');
  }

  get columnCount(): number {
    return this._read('columnCount');
  }

  get cellCount(): number {
    return this._read('cellCount');
  }

  get rowIndex(): number {
    return this._read('rowIndex');
  }

  get columnIndex(): number {
    return this._read('columnIndex');
  }

  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(
      this.context,
      this.child('format', (target) => target),
    );
    return this.formatProxy;
  }

  get dataValidation(): HostDataValidation {
    this.dataValidationProxy ??= new HostDataValidation(
      this.context,
      this.child('dataValidation', (target) => target),
    );
    return this.dataValidationProxy;
  }

  get worksheet(): HostWorksheet {
    this.worksheetProxy ??= new HostWorksheet(
      this.context,
      this.child('worksheet', (target) => target.sheet),
    );
    return this.worksheetProxy;
  }

  clear(applyTo: ClearApplyTo = 'All'): void {
    this._call('clear', [applyTo], (target) => clearRects(this.context._env.model, target, applyTo));
  }

  /** Selects the range and activates its sheet; the host records it as workbook.selection. */
  select(): void {
    this._call('select', [], (target) => {
      const model = this.context._env.model;
      model.activeSheetId = target.sheet.id;
      model.selection = { sheetId: target.sheet.id, rect: firstRect(target) };
    });
  }

  getCell(row: number, column: number): HostRange {
    return this.relative('getCell', [row, column], (rect) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getRow(row: number): HostRange {
    return this.relative('getRow', [row], (rect) => ({ ...rect, row: rect.row + row, rowCount: 1 }));
  }

  getColumn(column: number): HostRange {
    return this.relative('getColumn', [column], (rect) => ({ ...rect, column: rect.column + column, columnCount: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): HostRange {
    return this.relative('getOffsetRange', [rowOffset, columnOffset], (rect) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): HostRange {
    return this.relative('getResizedRange', [deltaRows, deltaColumns], (rect) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  /** The smallest range holding this range and another (a range of the same sheet, or an address on it). */
  getBoundingRect(anotherRange: HostRange | string): HostRange {
    const argument = typeof anotherRange === 'string' ? JSON.stringify(anotherRange) : anotherRange._path;
    return new HostRange(this.context, {
      kind: 'path',
      path: `${this._path}.getBoundingRect(${argument})`,
      nullable: true,
      resolve: () => {
        const target = this._targetOrNull();
        if (target === null) return null;
        const other =
          typeof anotherRange === 'string'
            ? resolveRangeAddress(target.sheet, anotherRange, this.context._env.limits)
            : anotherRange._requireTarget();
        if (other.sheet !== target.sheet) throw new HostOfficeError('InvalidArgument', { location: 'Range.getBoundingRect' });
        const a = firstRect(target);
        const b = firstRect(other);
        const row = Math.min(a.row, b.row);
        const column = Math.min(a.column, b.column);
        const rowCount = Math.max(a.row + a.rowCount, b.row + b.rowCount) - row;
        const columnCount = Math.max(a.column + a.columnCount, b.column + b.columnCount) - column;
        return { sheet: target.sheet, rects: [{ row, column, rowCount, columnCount }] };
      },
    });
  }

  getEntireRow(): HostRange {
    return this.relative('getEntireRow', [], (rect) => ({ ...rect, column: 0, columnCount: maxColumns }));
  }

  getEntireColumn(): HostRange {
    return this.relative('getEntireColumn', [], (rect) => ({ ...rect, row: 0, rowCount: maxRows }));
  }

  private relative(name: string, args: unknown[], derive: (rect: CellRect) => CellRect): HostRange {
    return new HostRange(this.context, {
      kind: 'path',
      path: `${this._path}.${name}(${args.join(',')})`,
      nullable: true,
      resolve: () => {
        const target = this._targetOrNull();
        if (target === null) return null;
        const rect = derive(firstRect(target));
        const valid =
          rect.row >= 0 &&
          rect.column >= 0 &&
          rect.rowCount > 0 &&
          rect.columnCount > 0 &&
          rect.row + rect.rowCount <= maxRows &&
          rect.column + rect.columnCount <= maxColumns;
        if (!valid) throw new HostOfficeError('InvalidArgument', { location: `Range.${name}` });
        return { sheet: target.sheet, rects: [rect] };
      },
    });
  }

  private child<T>(name: string, derive: (target: RangeTarget) => T): ProxyOrigin<T> {
    return {
      kind: 'path',
      path: `${this._path}.${name}`,
      nullable: true,
      resolve: () => {
        const target = this._targetOrNull();
        return target === null ? null : derive(target);
      },
    };
  }

  protected override _isAlive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }
}
