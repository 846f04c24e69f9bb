import { rectsIntersect } from '../address/CellRect';
import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import type { TableModel } from '../model/TableModel';
import type { WorkbookModel } from '../model/WorkbookModel';
import { HostCollection } from './HostCollection';
import type { PropertySpec } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';
import { HostRange } from './HostRange';
import { HostTable } from './HostTable';
import { resolveRangeAddress } from './RangeTarget';

/** Whose tables a collection lists: the whole workbook's, or one sheet's. */
export type TableScope = { model: WorkbookModel; sheet: SheetModel | null };

function uniqueHeaders(values: unknown[]): string[] {
  const seen = new Set<string>();
  return values.map((value, index) => {
    const base = value === undefined || value === '' ? `Column${index + 1}` : String(value);
    let name = base;
    for (let suffix = 2; seen.has(name.toLowerCase()); suffix += 1) name = `${base}${suffix}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** Excel.TableCollection (workbook.tables, worksheet.tables): add, getItem(OrNullObject), getCount, items. */
export class HostTableCollection extends HostCollection<TableScope, TableModel, HostTable> {
  readonly _className = 'TableCollection';
  protected readonly _properties: Record<string, PropertySpec<TableScope>> = {};

  protected _listItems(scope: TableScope): TableModel[] {
    return scope.model.tables.filter((table) => scope.sheet === null || table.sheet === scope.sheet);
  }

  protected _createLoadedItem(table: TableModel): HostTable {
    return new HostTable(this.context, { kind: 'resolved', path: `tables.getItem(${JSON.stringify(table.id)})`, target: table });
  }

  /**
   * Creates a table over `address` ("A1:C10", or "Clients!A1:C10" on workbook.tables) or a Range, with its first
   * row as header (empty headers become "Column1"…, duplicates get a number). hasHeaders false is not modelled.
   */
  add(address: string | HostRange, hasHeaders: boolean): HostTable {
    return new HostTable(this.context, {
      kind: 'path',
      path: `tables.add(${typeof address === 'string' ? JSON.stringify(address) : address._path},${hasHeaders})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        if (!hasHeaders) throw new HostOfficeError('NotImplemented', { location: 'TableCollection.add' });
        const scope = this._requireTarget();
        const target = typeof address === 'string' ? this.resolveAddress(scope, address) : address._requireTarget();
        const [rect] = target.rects;
        if (!rect) throw new HostOfficeError('InvalidArgument', { location: 'TableCollection.add' });
        const tableRect = rect.rowCount === 1 ? { ...rect, rowCount: 2 } : rect;
        if (scope.model.tables.some((table) => table.sheet === target.sheet && rectsIntersect(table.rect, tableRect))) {
          throw new HostOfficeError('InvalidOperation', { location: 'TableCollection.add' });
        }
        const headers = uniqueHeaders(target.sheet.readValues({ ...rect, rowCount: 1 })[0] ?? []);
        headers.forEach((header, index) => target.sheet.storeValue(rect.row, rect.column + index, header));
        const table: TableModel = {
          id: scope.model.nextTableId(),
          name: scope.model.nextDefaultTableName(),
          sheet: target.sheet,
          rect: tableRect,
          style: 'TableStyleMedium2',
          deleted: false,
        };
        scope.model.tables.push(table);
        return table;
      },
    });
  }

  getItem(key: string): HostTable {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostTable {
    return this.item(key, true);
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (scope) => this._listItems(scope).length);
  }

  private item(key: string, nullable: boolean): HostTable {
    return new HostTable(this.context, {
      kind: 'path',
      path: `tables.${nullable ? 'getItemOrNullObject' : 'getItem'}(${JSON.stringify(key)})`,
      nullable,
      resolve: () => {
        const tables = this._listItems(this._requireTarget());
        return tables.find((table) => table.name.toLowerCase() === key.toLowerCase() || table.id === key) ?? null;
      },
    });
  }

  private resolveAddress(scope: TableScope, address: string) {
    const bang = address.lastIndexOf('!');
    const sheetName =
      bang === -1
        ? null
        : address
            .slice(0, bang)
            .replace(/^'(.*)'$/, '$1')
            .replace(/''/g, "'");
    const activeSheet = scope.model.activeSheetId === null ? undefined : scope.model.findSheetById(scope.model.activeSheetId);
    // Without a sheet name, workbook.tables.add uses the active sheet (as Excel).
    const sheet = scope.sheet ?? (sheetName === null ? activeSheet : scope.model.findSheet(sheetName)) ?? null;
    if (!sheet) throw new HostOfficeError('InvalidArgument', { location: 'TableCollection.add' });
    return resolveRangeAddress(sheet, address, this.context._env.limits);
  }
}
