import type { WorkbookModel } from '../model/WorkbookModel';
import { insertWorkbookFromBase64 } from '../model/insertWorkbookFromBase64';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import { HostDocumentProperties } from './HostCustomProperties';
import type { HostClientResult } from './HostClientResult';
import { HostRange } from './HostRange';
import type { HostRequestContext } from './HostRequestContext';
import { HostTableCollection } from './HostTableCollection';
import { HostWorksheetCollection } from './HostWorksheetCollection';
import { HostOfficeError } from '../HostOfficeError';
import { requireApiSet } from './requireApiSet';

/** Excel.Workbook: worksheets, the selected range, the active cell. */
export class HostWorkbook extends HostClientObject<WorkbookModel> {
  readonly _className = 'Workbook';
  protected readonly _properties: Record<string, PropertySpec<WorkbookModel>> = {};
  protected override readonly _navigation = {
    worksheets: () => this.worksheets,
    tables: () => this.tables,
    properties: () => this.properties,
  };
  private propertiesProxy: HostDocumentProperties | undefined;
  private worksheetsProxy: HostWorksheetCollection | undefined;
  private tablesProxy: HostTableCollection | undefined;

  constructor(context: HostRequestContext) {
    super(context, { kind: 'resolved', path: 'workbook', target: context._env.model });
  }

  get worksheets(): HostWorksheetCollection {
    this.worksheetsProxy ??= new HostWorksheetCollection(this.context, {
      kind: 'resolved',
      path: 'worksheets',
      target: this.context._env.model,
    });
    return this.worksheetsProxy;
  }

  get tables(): HostTableCollection {
    this.tablesProxy ??= new HostTableCollection(this.context, {
      kind: 'resolved',
      path: 'tables',
      target: { model: this.context._env.model, sheet: null },
    });
    return this.tablesProxy;
  }

  get properties(): HostDocumentProperties {
    this.propertiesProxy ??= new HostDocumentProperties(this.context, {
      kind: 'resolved',
      path: 'properties',
      target: this.context._env.model,
    });
    return this.propertiesProxy;
  }

  /**
   * ExcelApi 1.13: inserts the worksheets of an .xlsx given as base64 (values only; only the first sheet of the file
   * is modelled), at the end; a taken name gets " (2)"… as Excel does. Returns the new sheets' ids.
   */
  insertWorksheetsFromBase64(base64: string, _options?: { positionType?: string }): HostClientResult<string[]> {
    return this._callForResult(
      'insertWorksheetsFromBase64',
      [base64.length],
      (model) => {
        requireApiSet(this.context._env, '1.13', 'Workbook.insertWorksheetsFromBase64');
        const fault = this.context._env.faults?.insertWorksheetsFromBase64;
        const location = 'Workbook.insertWorksheetsFromBase64';
        if (fault === 'refuse') throw new HostOfficeError('GeneralException', { location });
        const ids = insertWorkbookFromBase64(model, base64);
        if (fault === 'insertThenFail') throw new HostOfficeError('GeneralException', { location });
        return ids;
      },
      true,
    );
  }

  /** The selection; A1 of the active sheet when nothing was selected yet. */
  getSelectedRange(): HostRange {
    return this.selection('getSelectedRange()', false);
  }

  getActiveCell(): HostRange {
    return this.selection('getActiveCell()', true);
  }

  private selection(path: string, firstCellOnly: boolean): HostRange {
    return new HostRange(this.context, {
      kind: 'path',
      path: `workbook.${path}`,
      nullable: false,
      resolve: () => {
        const model = this._requireTarget();
        const selected = model.selection && model.findSheetById(model.selection.sheetId);
        if (selected && model.selection && selected.id === model.activeSheetId) {
          const { rect: selectedRect, activeCell = selectedRect } = model.selection;
          const rect = firstCellOnly ? { row: activeCell.row, column: activeCell.column, rowCount: 1, columnCount: 1 } : selectedRect;
          return { sheet: selected, rects: [rect] };
        }
        const active = model.activeSheetId === null ? undefined : model.findSheetById(model.activeSheetId);
        return active ? { sheet: active, rects: [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }] } : null;
      },
    });
  }
}
