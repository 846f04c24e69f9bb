import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import { HostRange } from './HostRange';

/** Excel.WorksheetFreezePanes: freezeRows, freezeColumns, unfreeze, getLocationOrNullObject. */
export class HostWorksheetFreezePanes extends HostClientObject<SheetModel> {
  readonly _className = 'WorksheetFreezePanes';
  protected readonly _properties: Record<string, PropertySpec<SheetModel>> = {};

  freezeRows(count = 1): void {
    this._call('freezeRows', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0)
        throw new HostOfficeError('InvalidArgument', { location: 'WorksheetFreezePanes.freezeRows' });
      sheet.frozenRows = count;
      sheet.frozenColumns = 0;
    });
  }

  freezeColumns(count = 1): void {
    this._call('freezeColumns', [count], (sheet) => {
      if (!Number.isInteger(count) || count < 0)
        throw new HostOfficeError('InvalidArgument', { location: 'WorksheetFreezePanes.freezeColumns' });
      sheet.frozenColumns = count;
      sheet.frozenRows = 0;
    });
  }

  unfreeze(): void {
    this._call('unfreeze', [], (sheet) => {
      sheet.frozenRows = 0;
      sheet.frozenColumns = 0;
    });
  }

  getLocationOrNullObject(): HostRange {
    return new HostRange(this.context, {
      kind: 'path',
      path: `${this._path}.getLocationOrNullObject()`,
      nullable: true,
      resolve: () => {
        const sheet = this._requireTarget();
        if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
        const rect =
          sheet.frozenRows > 0
            ? { row: 0, column: 0, rowCount: sheet.frozenRows, columnCount: 16_384 }
            : { row: 0, column: 0, rowCount: 1_048_576, columnCount: sheet.frozenColumns };
        return { sheet, rects: [rect] };
      },
    });
  }
}
