import { HostOfficeError } from '../HostOfficeError';
import type { TableModel } from '../model/TableModel';
import { writeCellInput } from '../model/writeCellInput';
import { gridInput } from './gridInput';
import { HostCollection } from './HostCollection';
import { HostClientObject, type PropertySpec, type ProxyOrigin } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';
import { HostRange } from './HostRange';
import type { RangeTarget } from './RangeTarget';

type TableColumnTarget = { table: TableModel; index: number };

/** Excel.TableColumn: name (the header text) and index. */
export class HostTableColumn extends HostClientObject<TableColumnTarget> {
  readonly _className = 'TableColumn';
  protected readonly _properties: Record<string, PropertySpec<TableColumnTarget>> = {
    name: { get: ({ table, index }) => String(table.sheet.getValue(table.rect.row, table.rect.column + index) ?? '') },
    index: { get: ({ index }) => index },
  };

  get name(): string {
    return this._read('name');
  }

  get index(): number {
    return this._read('index');
  }
}

/** Excel.TableColumnCollection: the header's columns (items, getCount). */
export class HostTableColumnCollection extends HostCollection<TableModel, TableColumnTarget, HostTableColumn> {
  readonly _className = 'TableColumnCollection';
  protected readonly _properties: Record<string, PropertySpec<TableModel>> = {};

  protected _listItems(table: TableModel): TableColumnTarget[] {
    return Array.from({ length: table.rect.columnCount }, (_, index) => ({ table, index }));
  }

  protected _createLoadedItem(target: TableColumnTarget): HostTableColumn {
    return new HostTableColumn(this.context, { kind: 'resolved', path: `${this._path}.items`, target });
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (table) => table.rect.columnCount);
  }

  protected override _isAlive(table: TableModel): boolean {
    return !table.deleted;
  }
}

/** Excel.TableRowCollection: add (appending rows at the bottom) and getCount. */
export class HostTableRowCollection extends HostClientObject<TableModel> {
  readonly _className = 'TableRowCollection';
  protected readonly _properties: Record<string, PropertySpec<TableModel>> = {};

  /** Appends rows (index null/undefined or the row count); inserting in the middle is not modelled (NotImplemented). */
  add(index?: number | null, values?: unknown[][]): void {
    this._call('add', [index ?? null, values ?? null], (table) => {
      const dataRows = table.rect.rowCount - 1;
      if (index !== undefined && index !== null && index !== dataRows) {
        throw new HostOfficeError('NotImplemented', { location: 'TableRowCollection.add' });
      }
      const count = Array.isArray(values) ? values.length : 1;
      const rect = {
        row: table.rect.row + table.rect.rowCount,
        column: table.rect.column,
        rowCount: count,
        columnCount: table.rect.columnCount,
      };
      if (Array.isArray(values)) {
        const input = gridInput(values, rect, 'TableRowCollection.add');
        this.context._env.model.recordAddInWrite(table.sheet, rect);
        for (let r = 0; r < rect.rowCount; r += 1) {
          for (let c = 0; c < rect.columnCount; c += 1) writeCellInput(table.sheet, rect.row + r, rect.column + c, input(r, c));
        }
      }
      table.rect = { ...table.rect, rowCount: table.rect.rowCount + count };
    });
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (table) => table.rect.rowCount - 1);
  }

  protected override _isAlive(table: TableModel): boolean {
    return !table.deleted;
  }
}

/** Excel.Table: name, id, style, showHeaders; its ranges; rows, columns; delete and convertToRange. */
export class HostTable extends HostClientObject<TableModel> {
  readonly _className = 'Table';
  protected readonly _properties: Record<string, PropertySpec<TableModel>> = {
    id: { get: (table) => table.id },
    name: {
      get: (table) => table.name,
      set: (table, value) => {
        if (typeof value !== 'string' || !/^[A-Za-z_\\\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*$/.test(value)) {
          throw new HostOfficeError('InvalidArgument', { location: 'Table.name' });
        }
        const other = this.context._env.model.table(value);
        if (other && other !== table) throw new HostOfficeError('ItemAlreadyExists', { location: 'Table.name' });
        table.name = value;
      },
    },
    style: {
      get: (table) => table.style,
      set: (table, value) => {
        table.style = String(value);
      },
    },
    showHeaders: { get: () => true },
  };
  protected override readonly _navigation = { rows: () => this.rows, columns: () => this.columns };
  private rowsProxy: HostTableRowCollection | undefined;
  private columnsProxy: HostTableColumnCollection | undefined;

  get id(): string {
    return this._read('id');
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._write('name', value);
  }

  get style(): string {
    return this._read('style');
  }

  set style(value: string) {
    this._write('style', value);
  }

  get showHeaders(): boolean {
    return this._read('showHeaders');
  }

  get rows(): HostTableRowCollection {
    this.rowsProxy ??= new HostTableRowCollection(this.context, this.child('rows'));
    return this.rowsProxy;
  }

  get columns(): HostTableColumnCollection {
    this.columnsProxy ??= new HostTableColumnCollection(this.context, this.child('columns'));
    return this.columnsProxy;
  }

  getRange(): HostRange {
    return this.range('getRange', (table) => table.rect);
  }

  getHeaderRowRange(): HostRange {
    return this.range('getHeaderRowRange', (table) => ({ ...table.rect, rowCount: 1 }));
  }

  getDataBodyRange(): HostRange {
    return this.range('getDataBodyRange', (table) => ({ ...table.rect, row: table.rect.row + 1, rowCount: table.rect.rowCount - 1 }));
  }

  /** Deletes the table and its cells' contents and formats. */
  delete(): void {
    this._call('delete', [], (table) => {
      this.context._env.model.recordAddInWrite(table.sheet, table.rect);
      table.sheet.clearContents(table.rect);
      table.sheet.clearFormats(table.rect);
      this.context._env.model.removeTable(table);
    });
  }

  /** Turns the table back into a plain range, keeping the cells. */
  convertToRange(): HostRange {
    const range = this.getRange();
    this._call('convertToRange', [], (table) => this.context._env.model.removeTable(table));
    return range;
  }

  private range(name: string, rect: (table: TableModel) => RangeTarget['rects'][number]): HostRange {
    return new HostRange(this.context, {
      kind: 'path',
      path: `${this._path}.${name}()`,
      nullable: true,
      resolve: () => {
        const table = this._targetOrNull();
        return table === null ? null : { sheet: table.sheet, rects: [rect(table)] };
      },
    });
  }

  private child(name: string): ProxyOrigin<TableModel> {
    return { kind: 'path', path: `${this._path}.${name}`, nullable: true, resolve: () => this._targetOrNull() };
  }

  protected override _isAlive(table: TableModel): boolean {
    return !table.deleted && !table.sheet.deleted;
  }
}
