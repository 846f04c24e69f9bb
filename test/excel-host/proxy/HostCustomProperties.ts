import { HostOfficeError } from '../HostOfficeError';
import type { CustomPropertyModel, WorkbookModel } from '../model/WorkbookModel';
import { HostCollection } from './HostCollection';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { HostClientResult } from './HostClientResult';

function checkValue(value: unknown, location: string): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new HostOfficeError('InvalidArgument', { location });
}

/** Excel.CustomProperty: key, value, type, delete(). */
export class HostCustomProperty extends HostClientObject<CustomPropertyModel> {
  readonly _className = 'CustomProperty';
  protected readonly _properties: Record<string, PropertySpec<CustomPropertyModel>> = {
    key: { get: (property) => property.key },
    value: {
      get: (property) => property.value,
      set: (property, value) => {
        property.value = checkValue(value, 'CustomProperty.value');
      },
    },
    type: {
      get: (property) => (typeof property.value === 'number' ? 'Number' : typeof property.value === 'boolean' ? 'Boolean' : 'String'),
    },
  };

  get key(): string {
    return this._read('key');
  }

  get value(): string | number | boolean {
    return this._read('value');
  }

  set value(value: string | number | boolean) {
    this._write('value', value);
  }

  get type(): string {
    return this._read('type');
  }

  delete(): void {
    this._call('delete', [], (property) => {
      property.deleted = true;
      this.context._env.model.customProperties.delete(property.key.toLowerCase());
    });
  }

  protected override _isAlive(property: CustomPropertyModel): boolean {
    return !property.deleted;
  }
}

/** Excel.CustomPropertyCollection (workbook.properties.custom): add, getItem(OrNullObject), getCount, deleteAll. */
export class HostCustomPropertyCollection extends HostCollection<WorkbookModel, CustomPropertyModel, HostCustomProperty> {
  readonly _className = 'CustomPropertyCollection';
  protected readonly _properties: Record<string, PropertySpec<WorkbookModel>> = {};

  protected _listItems(model: WorkbookModel): CustomPropertyModel[] {
    return [...model.customProperties.values()];
  }

  protected _createLoadedItem(property: CustomPropertyModel): HostCustomProperty {
    return new HostCustomProperty(this.context, {
      kind: 'resolved',
      path: `properties.custom.getItem(${JSON.stringify(property.key)})`,
      target: property,
    });
  }

  /** Adds or replaces the property (Excel keeps one property per key). */
  add(key: string, value: string | number | boolean): HostCustomProperty {
    return new HostCustomProperty(this.context, {
      kind: 'path',
      path: `properties.custom.add(${JSON.stringify(key)})`,
      nullable: false,
      mutates: true,
      resolve: () => {
        if (typeof key !== 'string' || key.trim() === '' || key.length > 255) {
          throw new HostOfficeError('InvalidArgument', { location: 'CustomPropertyCollection.add' });
        }
        const model = this._requireTarget();
        const existing = model.customProperties.get(key.toLowerCase());
        if (existing) existing.deleted = true;
        const property: CustomPropertyModel = { key, value: checkValue(value, 'CustomPropertyCollection.add'), deleted: false };
        model.customProperties.set(key.toLowerCase(), property);
        return property;
      },
    });
  }

  getItem(key: string): HostCustomProperty {
    return this.item(key, false);
  }

  getItemOrNullObject(key: string): HostCustomProperty {
    return this.item(key, true);
  }

  getCount(): HostClientResult<number> {
    return this._callForResult('getCount', [], (model) => model.customProperties.size);
  }

  deleteAll(): void {
    this._call('deleteAll', [], (model) => {
      for (const property of model.customProperties.values()) property.deleted = true;
      model.customProperties.clear();
    });
  }

  private item(key: string, nullable: boolean): HostCustomProperty {
    return new HostCustomProperty(this.context, {
      kind: 'path',
      path: `properties.custom.${nullable ? 'getItemOrNullObject' : 'getItem'}(${JSON.stringify(key)})`,
      nullable,
      resolve: () => this._requireTarget().customProperties.get(key.toLowerCase()) ?? null,
    });
  }
}

/** Excel.DocumentProperties: only `custom` is modelled. */
export class HostDocumentProperties extends HostClientObject<WorkbookModel> {
  readonly _className = 'DocumentProperties';
  protected readonly _properties: Record<string, PropertySpec<WorkbookModel>> = {};
  protected override readonly _navigation = { custom: () => this.custom };
  private customProxy: HostCustomPropertyCollection | undefined;

  get custom(): HostCustomPropertyCollection {
    this.customProxy ??= new HostCustomPropertyCollection(this.context, {
      kind: 'resolved',
      path: 'properties.custom',
      target: this._requireTarget(),
    });
    return this.customProxy;
  }
}
