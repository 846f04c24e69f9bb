import { HostClientObject } from './HostClientObject';
import { queryRequest } from './officeJsRequest';
import { parseLoadSpec } from './parseLoadSpec';

/**
 * A collection proxy (worksheets, tables…): `items` is readable after `load('items/name')`, `load('name')`
 * or `load('items')` and a sync; each item is a proxy of its own with the loaded properties.
 */
export abstract class HostCollection<TTarget, TItemTarget, TItem extends HostClientObject<TItemTarget>> extends HostClientObject<TTarget> {
  protected abstract _listItems(target: TTarget): TItemTarget[];
  protected abstract _createLoadedItem(target: TItemTarget): TItem;

  get items(): TItem[] {
    return this._read<TItem[]>('items');
  }

  override load(spec?: unknown): this {
    const paths = (parseLoadSpec(spec) ?? [])
      .map((path) => (path.startsWith('items/') ? path.slice('items/'.length) : path))
      .filter((path) => path !== 'items' && path !== '');
    this.context._enqueue({
      request: queryRequest(this._id, paths.length === 0 ? ['items'] : paths.map((path) => `items/${path}`)),
      mutates: false,
      execute: () => {
        const targets = this._listItems(this._requireTarget());
        const loaded = targets.map((target) => {
          const item = this._createLoadedItem(target);
          const names = paths.length === 0 ? item._defaultLoadNames() : paths;
          return { item, values: item._readProperties(target, names) };
        });
        return {
          response: { Id: this._id, Items: loaded.map(({ values }) => values) },
          apply: (response) => {
            const received = (response as { Items: Record<string, unknown>[] }).Items;
            loaded.forEach(({ item }, index) => {
              for (const [name, value] of Object.entries(received[index] ?? {})) item._setKnown(name, value);
            });
            this._setKnown(
              'items',
              loaded.map(({ item }) => item),
            );
          },
        };
      },
    });
    return this;
  }
}
