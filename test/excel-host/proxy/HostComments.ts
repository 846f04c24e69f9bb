import { cellKey, parseCellKey } from '@/domain';
import { parseRangeAddress } from '../address/parseRangeAddress';
import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';
import { HostCellObject, type NoteTarget } from './HostNotes';
import { requireApiSet } from './requireApiSet';

/** One threaded comment: the sheet and the 0-based cell it sits on. */
export type CommentTarget = NoteTarget;

/** Excel.Comment (ExcelApi 1.10): content, getLocation(). */
export class HostComment extends HostCellObject {
  readonly _className = 'Comment';
  protected readonly _properties: Record<string, PropertySpec<CommentTarget>> = {
    content: { get: (target) => target.sheet.comments.get(cellKey(target)) ?? '' },
  };

  get content(): string {
    return this._read('content');
  }

  protected override _isAlive(target: CommentTarget): boolean {
    return !target.sheet.deleted && target.sheet.comments.has(cellKey(target));
  }
}

/**
 * The threaded comments of one worksheet (ExcelApi 1.10; Excel has them on Workbook.comments, the host on the sheet as
 * the add-in reads them): add, getItemAt (in the order added), getCount. A cell holds a threaded comment or a note,
 * never both: adding either where the other is fails (the host answers InvalidArgument; Excel's code is not documented).
 */
export class HostCommentCollection extends HostClientObject<SheetModel> {
  readonly _className = 'CommentCollection';
  protected readonly _properties: Record<string, PropertySpec<SheetModel>> = {};

  add(cellAddress: string, content: string): HostComment {
    return new HostComment(this.context, {
      kind: 'path',
      path: `${this._path}.add(${JSON.stringify(cellAddress)},${JSON.stringify(String(content))})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        requireApiSet(this.context._env, '1.10', 'CommentCollection.add');
        const sheet = this._requireTarget();
        const parsed = parseRangeAddress(cellAddress);
        const cell = { row: parsed.rect.row, column: parsed.rect.column };
        const key = cellKey(cell);
        if (sheet.comments.has(key) || sheet.notes.has(key))
          throw new HostOfficeError('InvalidArgument', { location: 'CommentCollection.add' });
        sheet.comments.set(key, String(content));
        return { sheet, ...cell };
      },
    });
  }

  getItemAt(index: number): HostComment {
    return new HostComment(this.context, {
      kind: 'path',
      path: `${this._path}.getItemAt(${JSON.stringify(index)})`,
      nullable: false,
      resolve: () => {
        requireApiSet(this.context._env, '1.10', 'CommentCollection.getItemAt');
        const sheet = this._requireTarget();
        const key = sheet.comments.keyAt(index);
        return key === undefined ? null : { sheet, ...parseCellKey(key) };
      },
    });
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (sheet) => {
      requireApiSet(this.context._env, '1.10', 'CommentCollection.getCount');
      return sheet.comments.size;
    });
  }
}
