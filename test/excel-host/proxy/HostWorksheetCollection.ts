import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import { sheetNameProblem, type WorkbookModel } from '../model/WorkbookModel';
import type { HostClientResult } from './HostClientResult';
import { HostCollection } from './HostCollection';
import type { PropertySpec } from './HostClientObject';
import { HostWorksheet } from './HostWorksheet';

/** Excel.WorksheetCollection: add, getItem(OrNullObject) by name (case-insensitive) or id, active sheet, count. */
export class HostWorksheetCollection extends HostCollection<WorkbookModel, SheetModel, HostWorksheet> {
  readonly _className = 'WorksheetCollection';
  protected readonly _properties: Record<string, PropertySpec<WorkbookModel>> = {};

  protected _listItems(model: WorkbookModel): SheetModel[] {
    return model.liveSheets();
  }

  protected _createLoadedItem(sheet: SheetModel): HostWorksheet {
    return new HostWorksheet(this.context, { kind: 'resolved', path: `worksheets.getItem(${JSON.stringify(sheet.id)})`, target: sheet });
  }

  /** Adds a sheet at the end; without a name, Excel's next default name ("Sheet2", or "Feuil2" in French). */
  add(name?: string): HostWorksheet {
    return new HostWorksheet(this.context, {
      kind: 'path',
      path: `worksheets.add(${JSON.stringify(name ?? '')})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        const model = this._requireTarget();
        const sheetName = name ?? model.nextDefaultSheetName();
        if (sheetNameProblem(sheetName) !== null) throw new HostOfficeError('InvalidArgument', { location: 'WorksheetCollection.add' });
        if (model.findSheet(sheetName)) throw new HostOfficeError('ItemAlreadyExists', { location: 'WorksheetCollection.add' });
        return model.createSheet(sheetName);
      },
    });
  }

  getItem(key: string): HostWorksheet {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostWorksheet {
    return this.item(key, true);
  }

  getActiveWorksheet(): HostWorksheet {
    return new HostWorksheet(this.context, {
      kind: 'path',
      path: 'worksheets.getActiveWorksheet()',
      nullable: false,
      resolve: () => {
        const model = this._requireTarget();
        return model.activeSheetId === null ? null : (model.findSheetById(model.activeSheetId) ?? null);
      },
    });
  }

  getFirst(visibleOnly = false): HostWorksheet {
    return new HostWorksheet(this.context, {
      kind: 'path',
      path: `worksheets.getFirst(${visibleOnly})`,
      nullable: false,
      resolve: () =>
        this._requireTarget()
          .liveSheets()
          .find((sheet) => !visibleOnly || sheet.visibility === 'Visible') ?? null,
    });
  }

  getCount(visibleOnly = false): HostClientResult<number> {
    return this._callForResult(
      'getCount',
      [visibleOnly],
      (model) => model.liveSheets().filter((sheet) => !visibleOnly || sheet.visibility === 'Visible').length,
    );
  }

  private item(key: string, nullable: boolean): HostWorksheet {
    return new HostWorksheet(this.context, {
      kind: 'path',
      path: `worksheets.${nullable ? 'getItemOrNullObject' : 'getItem'}(${JSON.stringify(key)})`,
      nullable,
      resolve: () => {
        const model = this._requireTarget();
        return model.findSheet(key) ?? model.findSheetById(key) ?? null;
      },
    });
  }
}
