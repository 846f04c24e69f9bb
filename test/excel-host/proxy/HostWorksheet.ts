import { maxColumns, maxRows } from '../address/CellRect';
import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel, SheetVisibility } from '../model/SheetModel';
import { sheetNameProblem } from '../model/WorkbookModel';
import { HostClientObject, type PropertySpec, type ProxyOrigin } from './HostClientObject';
import { HostRange } from './HostRange';
import { HostRangeAreas } from './HostRangeAreas';
import { HostCommentCollection } from './HostComments';
import { HostNoteCollection } from './HostNotes';
import { HostTableCollection } from './HostTableCollection';
import { HostWorksheetCustomPropertyCollection } from './HostWorksheetCustomProperties';
import { HostWorksheetFreezePanes } from './HostWorksheetFreezePanes';
import { type RangeTarget, resolveRangeAddress, resolveRangeAreasAddress } from './RangeTarget';
import { requireApiSet } from './requireApiSet';
import { worksheetChangedEventArgs, worksheetChangedMessage } from '../events/worksheetChangedArgs';

type ChangedHandler = (args: ReturnType<typeof worksheetChangedEventArgs>) => Promise<unknown> | void;

const visibilities: SheetVisibility[] = ['Visible', 'Hidden', 'VeryHidden'];

/** Excel.Worksheet. */
export class HostWorksheet extends HostClientObject<SheetModel> {
  readonly _className = 'Worksheet';
  protected readonly _properties: Record<string, PropertySpec<SheetModel>> = {
    id: { get: (sheet) => sheet.id },
    name: {
      get: (sheet) => sheet.name,
      set: (sheet, value) => {
        if (typeof value !== 'string' || sheetNameProblem(value) !== null) {
          throw new HostOfficeError('InvalidArgument', { location: 'Worksheet.name' });
        }
        const other = this.context._env.model.findSheet(value);
        if (other && other !== sheet) throw new HostOfficeError('ItemAlreadyExists', { location: 'Worksheet.name' });
        sheet.name = value;
      },
    },
    position: {
      get: (sheet) => this.context._env.model.positionOf(sheet),
      set: (sheet, value) => {
        const model = this.context._env.model;
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= model.sheets.length) {
          throw new HostOfficeError('InvalidArgument', { location: 'Worksheet.position' });
        }
        model.moveSheet(sheet, value);
      },
    },
    visibility: {
      withoutUndo: true,
      get: (sheet) => sheet.visibility,
      set: (sheet, value) => {
        if (!visibilities.includes(value as SheetVisibility))
          throw new HostOfficeError('InvalidArgument', { location: 'Worksheet.visibility' });
        const visibleOthers = this.context._env.model.liveSheets().filter((other) => other !== sheet && other.visibility === 'Visible');
        if (value !== 'Visible' && visibleOthers.length === 0)
          throw new HostOfficeError('InvalidOperation', { location: 'Worksheet.visibility' });
        sheet.visibility = value as SheetVisibility;
      },
    },
    tabColor: {
      get: (sheet) => sheet.tabColor,
      set: (sheet, value) => {
        sheet.tabColor = String(value);
      },
    },
  };
  protected override readonly _navigation = {
    freezePanes: () => this.freezePanes,
    tables: () => this.tables,
    notes: () => this.notes,
    comments: () => this.comments,
    customProperties: () => this.customProperties,
  };
  private freezePanesProxy: HostWorksheetFreezePanes | undefined;
  private tablesProxy: HostTableCollection | undefined;
  private notesProxy: HostNoteCollection | undefined;
  private commentsProxy: HostCommentCollection | undefined;
  private customPropertiesProxy: HostWorksheetCustomPropertyCollection | undefined;

  /** The sheet's notes (ExcelApi 1.18; older hosts fail with ApiNotFound at sync). */
  get notes(): HostNoteCollection {
    this.notesProxy ??= new HostNoteCollection(this.context, {
      kind: 'path',
      path: `${this._path}.notes`,
      nullable: true,
      resolve: () => this._targetOrNull(),
    });
    return this.notesProxy;
  }

  /** The sheet's threaded comments (ExcelApi 1.10). */
  get comments(): HostCommentCollection {
    this.commentsProxy ??= new HostCommentCollection(this.context, {
      kind: 'path',
      path: `${this._path}.comments`,
      nullable: true,
      resolve: () => this._targetOrNull(),
    });
    return this.commentsProxy;
  }

  /** The sheet's custom properties (ExcelApi 1.12; older hosts fail with ApiNotFound at sync). */
  get customProperties(): HostWorksheetCustomPropertyCollection {
    this.customPropertiesProxy ??= new HostWorksheetCustomPropertyCollection(this.context, {
      kind: 'path',
      path: `${this._path}.customProperties`,
      nullable: true,
      resolve: () => this._targetOrNull(),
    });
    return this.customPropertiesProxy;
  }

  get id(): string {
    return this._read('id');
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._write('name', value);
  }

  get position(): number {
    return this._read('position');
  }

  set position(value: number) {
    this._write('position', value);
  }

  get visibility(): SheetVisibility {
    return this._read('visibility');
  }

  set visibility(value: SheetVisibility) {
    this._write('visibility', value);
  }

  get tabColor(): string {
    return this._read('tabColor');
  }

  set tabColor(value: string) {
    this._write('tabColor', value);
  }

  get freezePanes(): HostWorksheetFreezePanes {
    this.freezePanesProxy ??= new HostWorksheetFreezePanes(this.context, {
      kind: 'path',
      path: `${this._path}.freezePanes`,
      nullable: true,
      resolve: () => this._targetOrNull(),
    });
    return this.freezePanesProxy;
  }

  get tables(): HostTableCollection {
    this.tablesProxy ??= new HostTableCollection(this.context, {
      kind: 'path',
      path: `${this._path}.tables`,
      nullable: true,
      resolve: () => {
        const sheet = this._targetOrNull();
        return sheet === null ? null : { model: this.context._env.model, sheet };
      },
    });
    return this.tablesProxy;
  }

  /**
   * Worksheet.onChanged (ExcelApi 1.7): `add` registers the handler with the request (it hears changes once that request
   * ran), `remove` with the next one. Handlers are called after the request that made a change, never during it.
   */
  get onChanged(): { add: (handler: ChangedHandler) => { remove: () => void } } {
    return {
      add: (handler) => {
        let unsubscribe: (() => void) | null = null;
        const env = this.context._env;
        this._call(
          '_RegisterDataChangedEvent',
          [],
          (sheet) => {
            requireApiSet(env, '1.7', 'Worksheet.onChanged');
            unsubscribe = env.model.onCellsChanged((change) => {
              if (change.sheetId !== sheet.id) return;
              const args = worksheetChangedEventArgs(worksheetChangedMessage(change, env.excelApi));
              setTimeout(() => void handler(args), 0);
            });
          },
          false,
        );
        return { remove: () => this._call('_UnregisterDataChangedEvent', [], () => unsubscribe?.(), false) };
      },
    };
  }

  activate(): void {
    this._call('activate', [], (sheet) => {
      if (sheet.visibility !== 'Visible') throw new HostOfficeError('InvalidOperation', { location: 'Worksheet.activate' });
      this.context._env.model.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this._call('delete', [], (sheet) => {
      const model = this.context._env.model;
      if (model.liveSheets().filter((other) => other.visibility === 'Visible' && other !== sheet).length === 0) {
        throw new HostOfficeError('InvalidOperation', { location: 'Worksheet.delete' });
      }
      model.deleteSheet(sheet);
    });
  }

  /** getRange() without an address is the whole sheet. */
  getRange(address?: string): HostRange {
    return this.range(`getRange(${JSON.stringify(address ?? '')})`, (sheet) =>
      address === undefined || address === ''
        ? { sheet, rects: [{ row: 0, column: 0, rowCount: maxRows, columnCount: maxColumns }] }
        : resolveRangeAddress(sheet, address, this.context._env.limits),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): HostRange {
    return this.range(`getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, (sheet) => {
      const valid =
        [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
        startRow >= 0 &&
        startColumn >= 0 &&
        rowCount > 0 &&
        columnCount > 0 &&
        startRow + rowCount <= maxRows &&
        startColumn + columnCount <= maxColumns;
      if (!valid) throw new HostOfficeError('InvalidArgument', { location: 'Worksheet.getRangeByIndexes' });
      return { sheet, rects: [{ row: startRow, column: startColumn, rowCount, columnCount }] };
    });
  }

  getCell(row: number, column: number): HostRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getRanges(address: string): HostRangeAreas {
    return new HostRangeAreas(this.context, {
      kind: 'path',
      path: `${this._path}.getRanges(${JSON.stringify(address)})`,
      nullable: true,
      resolve: () => {
        const sheet = this._targetOrNull();
        return sheet === null ? null : resolveRangeAreasAddress(sheet, address, this.context._env.limits);
      },
    });
  }

  /** The used range; on an empty sheet, A1 (as Excel). */
  getUsedRange(valuesOnly = false): HostRange {
    return this.range(`getUsedRange(${valuesOnly})`, (sheet) => ({
      sheet,
      rects: [sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }],
    }));
  }

  /** The used range, or a null object on an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): HostRange {
    return this.range(`getUsedRangeOrNullObject(${valuesOnly})`, (sheet) => {
      const used = sheet.usedRect(valuesOnly);
      return used ? { sheet, rects: [used] } : null;
    });
  }

  private range(call: string, resolve: (sheet: SheetModel) => RangeTarget | null): HostRange {
    const origin: ProxyOrigin<RangeTarget> = {
      kind: 'path',
      path: `${this._path}.${call}`,
      nullable: true,
      resolve: () => {
        const sheet = this._targetOrNull();
        return sheet === null ? null : resolve(sheet);
      },
    };
    return new HostRange(this.context, origin);
  }

  protected override _isAlive(sheet: SheetModel): boolean {
    return !sheet.deleted;
  }
}
