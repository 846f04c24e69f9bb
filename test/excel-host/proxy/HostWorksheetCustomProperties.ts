import { HostOfficeError } from '../HostOfficeError';
import type { SheetModel } from '../model/SheetModel';
import type { CustomPropertyModel } from '../model/WorkbookModel';
import { HostCollection } from './HostCollection';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';
import { requireApiSet } from './requireApiSet';

type SheetPropertyTarget = { sheet: SheetModel; property: CustomPropertyModel };

function checkValue(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new HostOfficeError('InvalidArgument', { location: 'WorksheetCustomPropertyCollection.add' });
}

/** Excel.WorksheetCustomProperty (ExcelApi 1.12): key, value (a string), delete(). */
export class HostWorksheetCustomProperty extends HostClientObject<SheetPropertyTarget> {
  readonly _className = 'WorksheetCustomProperty';
  protected readonly _properties: Record<string, PropertySpec<SheetPropertyTarget>> = {
    key: { get: ({ property }) => property.key },
    value: {
      get: ({ property }) => String(property.value),
      set: ({ property }, value) => {
        property.value = checkValue(value);
      },
    },
  };

  get key(): string {
    return this._read('key');
  }

  get value(): string {
    return this._read('value');
  }

  set value(value: string) {
    this._write('value', value);
  }

  delete(): void {
    this._call('delete', [], ({ sheet, property }) => {
      property.deleted = true;
      sheet.customProperties.delete(property.key.toLowerCase());
    });
  }

  protected override _isAlive({ sheet, property }: SheetPropertyTarget): boolean {
    return !sheet.deleted && !property.deleted;
  }
}

/** Excel.WorksheetCustomPropertyCollection (ExcelApi 1.12): add, getItem(OrNullObject), getCount, items. */
export class HostWorksheetCustomPropertyCollection extends HostCollection<SheetModel, SheetPropertyTarget, HostWorksheetCustomProperty> {
  readonly _className = 'WorksheetCustomPropertyCollection';
  protected readonly _properties: Record<string, PropertySpec<SheetModel>> = {};

  protected _listItems(sheet: SheetModel): SheetPropertyTarget[] {
    requireApiSet(this.context._env, '1.12', 'Worksheet.customProperties');
    return [...sheet.customProperties.values()].map((property) => ({ sheet, property }));
  }

  protected _createLoadedItem(target: SheetPropertyTarget): HostWorksheetCustomProperty {
    return new HostWorksheetCustomProperty(this.context, {
      kind: 'resolved',
      path: `${this._path}.getItem(${JSON.stringify(target.property.key)})`,
      target,
    });
  }

  add(key: string, value: string): HostWorksheetCustomProperty {
    return new HostWorksheetCustomProperty(this.context, {
      kind: 'path',
      path: `${this._path}.add(${JSON.stringify(key)})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        requireApiSet(this.context._env, '1.12', 'WorksheetCustomPropertyCollection.add');
        if (typeof key !== 'string' || key.trim() === '' || key.length > 255) {
          throw new HostOfficeError('InvalidArgument', { location: 'WorksheetCustomPropertyCollection.add' });
        }
        const sheet = this._requireTarget();
        const existing = sheet.customProperties.get(key.toLowerCase());
        if (existing) existing.deleted = true;
        const property: CustomPropertyModel = { key, value: checkValue(value), deleted: false };
        sheet.customProperties.set(key.toLowerCase(), property);
        return { sheet, property };
      },
    });
  }

  getItem(key: string): HostWorksheetCustomProperty {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostWorksheetCustomProperty {
    return this.item(key, true);
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (sheet) => sheet.customProperties.size);
  }

  private item(key: string, nullable: boolean): HostWorksheetCustomProperty {
    return new HostWorksheetCustomProperty(this.context, {
      kind: 'path',
      path: `${this._path}.${nullable ? 'getItemOrNullObject' : 'getItem'}(${JSON.stringify(key)})`,
      nullable,
      resolve: () => {
        requireApiSet(this.context._env, '1.12', 'WorksheetCustomPropertyCollection.getItem');
        const sheet = this._requireTarget();
        const property = sheet.customProperties.get(key.toLowerCase());
        return property ? { sheet, property } : null;
      },
    });
  }
}
