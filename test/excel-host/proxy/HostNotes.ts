import { cellKey as noteKey, parseCellKey } from '@/domain';
import { parseRangeAddress, AddressParseError } from '../address/parseRangeAddress';
import { formatRangeAddress } from '../address/formatRangeAddress';
import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import { HostCollection } from './HostCollection';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';
import { HostRange } from './HostRange';
import { firstRect } from './RangeTarget';
import { requireApiSet } from './requireApiSet';

/** One note: the sheet and the 0-based cell it sits on. */
export type NoteTarget = { sheet: SheetModel; row: number; column: number };

/** An object that sits on one cell (a note, a threaded comment): getLocation() is that cell. */
export abstract class HostCellObject extends HostClientObject<NoteTarget> {
  getLocation(): HostRange {
    return new HostRange(this.context, {
      kind: 'path',
      path: `${this._path}.getLocation()`,
      nullable: false,
      resolve: () => {
        const target = this._requireTarget();
        return { sheet: target.sheet, rects: [{ row: target.row, column: target.column, rowCount: 1, columnCount: 1 }] };
      },
    });
  }
}

/** Excel.Note (ExcelApi 1.18): content, delete(), getLocation(). */
export class HostNote extends HostCellObject {
  readonly _className = 'Note';
  protected readonly _properties: Record<string, PropertySpec<NoteTarget>> = {
    content: {
      get: (target) => target.sheet.notes.get(noteKey(target)) ?? '',
      set: (target, value) => {
        target.sheet.notes.set(noteKey(target), String(value));
      },
    },
  };

  get content(): string {
    return this._read('content');
  }

  set content(value: string) {
    this._write('content', value);
  }

  delete(): void {
    this._call('delete', [], (target) => {
      target.sheet.notes.delete(noteKey(target));
    });
  }

  protected override _isAlive(target: NoteTarget): boolean {
    return !target.sheet.deleted && target.sheet.notes.has(noteKey(target));
  }
}

/** Excel.NoteCollection of one worksheet (ExcelApi 1.18): add, getItem(OrNullObject) by cell address, getItemAt, getCount, items. */
export class HostNoteCollection extends HostCollection<SheetModel, NoteTarget, HostNote> {
  readonly _className = 'NoteCollection';
  protected readonly _properties: Record<string, PropertySpec<SheetModel>> = {};

  protected _listItems(sheet: SheetModel): NoteTarget[] {
    requireApiSet(this.context._env, '1.18', 'Worksheet.notes');
    return [...sheet.notes.keys()].map((key) => {
      return { sheet, ...parseCellKey(key) };
    });
  }

  protected _createLoadedItem(target: NoteTarget): HostNote {
    const address = formatRangeAddress(target.sheet.name, { row: target.row, column: target.column, rowCount: 1, columnCount: 1 });
    return new HostNote(this.context, { kind: 'resolved', path: `${this._path}.getItem(${JSON.stringify(address)})`, target });
  }

  /** Adds a note on one cell (a Range or an address on this sheet); the cell must not hold a note yet. */
  add(cellAddress: HostRange | string, content: string): HostNote {
    return new HostNote(this.context, {
      kind: 'path',
      // The content travels in the request: it counts toward the request's bytes.
      path: `${this._path}.add(${typeof cellAddress === 'string' ? JSON.stringify(cellAddress) : cellAddress._path},${JSON.stringify(String(content))})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        requireApiSet(this.context._env, '1.18', 'NoteCollection.add');
        const sheet = this._requireTarget();
        const cell = this.cellOf(sheet, cellAddress, 'NoteCollection.add');
        // A cell holds a note or a threaded comment, never both (Excel's error code for it is not documented).
        if (sheet.notes.has(noteKey(cell)) || sheet.comments.has(noteKey(cell)))
          throw new HostOfficeError('InvalidArgument', { location: 'NoteCollection.add' });
        sheet.notes.set(noteKey(cell), String(content));
        return { sheet, ...cell };
      },
    });
  }

  getItem(key: string): HostNote {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostNote {
    return this.item(key, true);
  }

  /** The note at `index`, in the order the sheet's notes were added; ItemNotFound at sync when there is none. */
  getItemAt(index: number): HostNote {
    return new HostNote(this.context, {
      kind: 'path',
      path: `${this._path}.getItemAt(${JSON.stringify(index)})`,
      nullable: false,
      resolve: () => {
        requireApiSet(this.context._env, '1.18', 'NoteCollection.getItemAt');
        const sheet = this._requireTarget();
        const key = sheet.notes.keyAt(index);
        if (key === undefined) return null;
        return { sheet, ...parseCellKey(key) };
      },
    });
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (sheet) => {
      requireApiSet(this.context._env, '1.18', 'NoteCollection.getCount');
      return sheet.notes.size;
    });
  }

  private item(key: string, nullable: boolean): HostNote {
    return new HostNote(this.context, {
      kind: 'path',
      path: `${this._path}.${nullable ? 'getItemOrNullObject' : 'getItem'}(${JSON.stringify(key)})`,
      nullable,
      resolve: () => {
        requireApiSet(this.context._env, '1.18', 'NoteCollection.getItem');
        const sheet = this._requireTarget();
        const cell = this.cellOf(sheet, key, 'NoteCollection.getItem');
        return sheet.notes.has(noteKey(cell)) ? { sheet, ...cell } : null;
      },
    });
  }

  private cellOf(sheet: SheetModel, address: HostRange | string, location: string): { row: number; column: number } {
    if (typeof address !== 'string') {
      const target = address._requireTarget();
      const rect = firstRect(target);
      if (target.sheet !== sheet || rect.rowCount !== 1 || rect.columnCount !== 1)
        throw new HostOfficeError('InvalidArgument', { location });
      return { row: rect.row, column: rect.column };
    }
    try {
      const parsed = parseRangeAddress(address);
      if (parsed.sheetName !== null && parsed.sheetName.toLowerCase() !== sheet.name.toLowerCase()) {
        throw new HostOfficeError('InvalidArgument', { location });
      }
      if (parsed.rect.rowCount !== 1 || parsed.rect.columnCount !== 1) throw new HostOfficeError('InvalidArgument', { location });
      return { row: parsed.rect.row, column: parsed.rect.column };
    } catch (error) {
      if (error instanceof AddressParseError) throw new HostOfficeError('InvalidArgument', { location });
      throw error;
    }
  }
}
