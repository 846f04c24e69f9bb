import { HostOfficeError } from '../excel-host/HostOfficeError';
import { HostClientObject } from '../excel-host/proxy/HostClientObject';
import { HostClientResult } from '../excel-host/proxy/HostClientResult';
import { HostCollection } from '../excel-host/proxy/HostCollection';
import { OfficeJsHostGap } from './OfficeJsHostGap';
import { eventRegistrationMethods } from './OfficeJsEvents';
import {
  type ActionInfo,
  type ActionResult,
  ActionType,
  type ArgumentInfo,
  type ObjectPathInfo,
  ObjectPathType,
  type QueryInfo,
  type RequestBody,
  toCamelCase,
  toPascalCase,
} from './richApiProtocol';

export type Proxy = HostClientObject<unknown>;
type Members = Record<string, unknown>;

/** What a request's actions need of their executor (it outlives the request: one per RequestContext). */
export type RunExecutor = {
  /** The workbook proxy (the GlobalObject path). */
  readonly workbook: Proxy;
  /** Executes what the proxies queued; Excel's refusals surface as HostOfficeError. */
  flush(): Promise<void>;
  reference(id: string): Proxy;
  keepReference(proxy: Proxy): void;
  removeReference(id: string): void;
  /** The key and reference id an object is named by in results. */
  identity(proxy: Proxy): Record<string, unknown>;
  /** An event registration method (eventRegistrationMethods) on a worksheet. */
  registerEvent(method: string, worksheet: Proxy): Promise<void>;
};

/** Members of the fake proxies that are the proxy machinery, not Excel's API. */
const machinery = new Set(['load', 'set', 'toJSON', 'track', 'untrack', 'context', 'isNullObject', 'constructor']);

/** Where a member is declared on a proxy's class chain: a getter (property), a setter, a method, or absent. */
function memberKind(proxy: Proxy, name: string): { get: boolean; set: boolean; method: boolean } | null {
  if (name.startsWith('_') || machinery.has(name)) return null;
  for (
    let owner: object | null = proxy;
    owner !== null && owner !== Object.prototype;
    owner = Object.getPrototypeOf(owner) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(owner, name);
    if (descriptor) {
      return { get: descriptor.get !== undefined, set: descriptor.set !== undefined, method: typeof descriptor.value === 'function' };
    }
  }
  return null;
}

/** An action that Excel refused: the request stops there, as in Excel. */
export class ActionFailure {
  constructor(
    readonly error: HostOfficeError,
    readonly actionIndex: number,
  ) {}
}

const noResult = Symbol('no result');

/**
 * One request: its actions executed in order by test/excel-host's proxies, its object paths resolved as the actions
 * reach them, each at most once (so `worksheets.add` instantiated twice in a request adds one sheet).
 */
export class RequestRun {
  private readonly resolved = new Map<number, Proxy | null>();
  /** The ids of the trace actions reached, which Excel returns as the response's TraceIds (office.js then runs the callbacks it hung on them, such as an event handler's registration). */
  readonly traceIds: number[] = [];

  constructor(
    private readonly executor: RunExecutor,
    private readonly body: RequestBody,
  ) {}

  async execute(): Promise<ActionResult[]> {
    const results: ActionResult[] = [];
    for (const [index, action] of this.body.Actions.entries()) {
      let value: unknown;
      try {
        value = await this.run(action);
      } catch (error) {
        if (error instanceof HostOfficeError) throw new ActionFailure(error, index);
        throw error;
      }
      if (value !== noResult) results.push({ ActionId: action.Id, Value: value });
    }
    return results;
  }

  private async run(action: ActionInfo): Promise<unknown> {
    switch (action.ActionType) {
      case ActionType.instantiate: {
        const proxy = await this.objectAt(action.ObjectPathId);
        return proxy === null || proxy.isNullObject ? null : this.executor.identity(proxy);
      }
      case ActionType.query:
        return this.query(await this.objectAt(action.ObjectPathId), action.QueryInfo ?? {});
      case ActionType.method:
        return this.method(action);
      case ActionType.setProperty: {
        const proxy = await this.existingObjectAt(action.ObjectPathId);
        const [value] = await this.argumentsOf(action.ArgumentInfo);
        const name = toCamelCase(action.Name);
        if (!memberKind(proxy, name)?.set) throw new OfficeJsHostGap(`${proxy._className}.${name} cannot be set (not modelled)`);
        (proxy as unknown as Members)[name] = value;
        await this.executor.flush();
        return noResult;
      }
      case ActionType.trace:
        // Answered with a null value (office.js runs the callbacks hung on a trace, such as an event handler's registration).
        this.traceIds.push(action.Id);
        return null;
      default:
        throw new OfficeJsHostGap(`action type ${action.ActionType} (${action.Name || 'unnamed'}) is not supported`);
    }
  }

  private async method(action: ActionInfo): Promise<unknown> {
    const args = await this.argumentsOf(action.ArgumentInfo);
    if (action.Name === '_KeepReference') {
      const proxy = await this.objectAt(action.ObjectPathId);
      if (proxy !== null && !proxy.isNullObject) this.executor.keepReference(proxy);
      return noResult;
    }
    if (action.Name === '_RemoveReference') {
      this.executor.removeReference(String(args[0]));
      return noResult;
    }
    if (eventRegistrationMethods.has(action.Name)) {
      await this.executor.registerEvent(action.Name, await this.existingObjectAt(action.ObjectPathId));
      return noResult;
    }
    if (action.Name === '_ValidateArraySize') {
      await this.validateArraySize(await this.existingObjectAt(action.ObjectPathId), args);
      return noResult;
    }
    const proxy = await this.existingObjectAt(action.ObjectPathId);
    const returned = this.call(proxy, action.Name, args);
    await this.executor.flush();
    if (returned instanceof HostClientResult) return returned.value;
    return noResult;
  }

  /**
   * Range._ValidateArraySize(rows, columns): office.js sends it before writing more than 1,500 cells, which it
   * then writes in chunks of rows (setRangePropertiesInBulk); Excel refuses an array that does not fit the range.
   */
  private async validateArraySize(range: Proxy, [rows, columns]: unknown[]): Promise<void> {
    range.load(['rowCount', 'columnCount']);
    await this.executor.flush();
    const size = range as unknown as { rowCount: number; columnCount: number };
    if (size.rowCount !== rows || size.columnCount !== columns) {
      throw new HostOfficeError('InvalidArgument', { location: 'Range._ValidateArraySize' });
    }
  }

  private async query(proxy: Proxy | null, info: QueryInfo): Promise<unknown> {
    if (proxy === null) return null;
    const paths = [...(info.Select ?? []), ...(info.Expand ?? [])].filter((path) => path !== '*');
    const item = proxy instanceof HostCollection ? null : proxy;
    for (const path of paths) {
      const head = path.split('/')[0] ?? '';
      if (item !== null && !memberKind(item, head)?.get) throw new OfficeJsHostGap(`${item._className}.${head} is not modelled`);
    }
    if (info.Top !== undefined || info.Skip !== undefined) throw new OfficeJsHostGap('load({ top, skip }) is not supported');
    proxy.load(paths.length === 0 ? undefined : paths);
    await this.executor.flush();
    if (proxy.isNullObject) return null;
    return this.valueOf(proxy, paths.length === 0 ? null : paths);
  }

  /** A loaded object as Excel returns it: PascalCase keys, navigation properties nested, collections as `_Items`. */
  private valueOf(proxy: Proxy, paths: string[] | null): Record<string, unknown> {
    const members = proxy as unknown as Members;
    if (proxy instanceof HostCollection) {
      const items = members.items as Proxy[];
      return { _Items: items.map((item) => this.valueOf(item, paths)) };
    }
    const value: Record<string, unknown> = this.executor.identity(proxy);
    const nested = new Map<string, string[]>();
    for (const path of paths ?? proxy._defaultLoadNames()) {
      const [head = '', ...rest] = path.split('/');
      const member = members[head];
      if (member instanceof HostClientObject) {
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length === 0 ? [] : [rest.join('/')])]);
      } else {
        value[toPascalCase(head)] = member;
      }
    }
    for (const [head, rest] of nested) {
      const child = members[head] as Proxy;
      value[toPascalCase(head)] = child.isNullObject ? null : this.valueOf(child, rest.length === 0 ? null : rest);
    }
    return value;
  }

  /** The object an action works on; a NullObject path (an *OrNullObject that found nothing) has none. */
  private async existingObjectAt(pathId: number): Promise<Proxy> {
    const proxy = await this.objectAt(pathId);
    if (proxy === null) throw new HostOfficeError('ItemNotFound', { location: this.pathInfo(pathId).Name });
    return proxy;
  }

  private async objectAt(pathId: number): Promise<Proxy | null> {
    if (this.resolved.has(pathId)) return this.resolved.get(pathId) ?? null;
    const proxy = await this.resolve(this.pathInfo(pathId));
    this.resolved.set(pathId, proxy);
    return proxy;
  }

  private pathInfo(pathId: number): ObjectPathInfo {
    const info = this.body.ObjectPaths[String(pathId)];
    if (!info) throw new OfficeJsHostGap(`the request uses object path ${pathId} without sending it`);
    return info;
  }

  /** A path's object: created through the in-memory Excel's proxies, then executed (resolution errors are Excel's). */
  private async resolve(info: ObjectPathInfo): Promise<Proxy | null> {
    switch (info.ObjectPathType) {
      case ObjectPathType.globalObject:
        return this.executor.workbook;
      case ObjectPathType.referenceId:
        return this.executor.reference(info.Name);
      case ObjectPathType.nullObject:
        return null;
      case ObjectPathType.property:
      case ObjectPathType.method:
      case ObjectPathType.indexer: {
        const parent = await this.objectAt(info.ParentObjectPathId ?? 0);
        if (parent === null) return null;
        const args = await this.argumentsOf(info.ArgumentInfo);
        if (info.Name === 'GetItemAt' && parent instanceof HostCollection && !memberKind(parent, 'getItemAt')?.method) {
          return this.itemAt(parent, args[0]);
        }
        const child =
          info.ObjectPathType === ObjectPathType.property
            ? this.property(parent, info.Name)
            : this.call(parent, info.ObjectPathType === ObjectPathType.indexer ? 'GetItem' : info.Name, args);
        if (!(child instanceof HostClientObject)) throw new OfficeJsHostGap(`${parent._className}.${info.Name} does not give an object`);
        await this.executor.flush();
        return child as Proxy;
      }
      default:
        throw new OfficeJsHostGap(`object path type ${info.ObjectPathType} (${info.Name}) is not supported`);
    }
  }

  /**
   * GetItemAt(index): how office.js names the items of a collection whose items have no key (RangeAreas.areas,
   * Table.columns) once it loaded them; the in-memory collections list their items instead.
   */
  private async itemAt(collection: Proxy, index: unknown): Promise<Proxy> {
    collection.load();
    await this.executor.flush();
    const item = ((collection as unknown as Members).items as Proxy[])[Number(index)];
    if (!item) throw new HostOfficeError('ItemNotFound', { location: `${collection._className}.getItemAt` });
    return item;
  }

  private property(proxy: Proxy, name: string): unknown {
    const member = toCamelCase(name);
    if (!memberKind(proxy, member)?.get) throw new OfficeJsHostGap(`${proxy._className}.${member} is not modelled`);
    return (proxy as unknown as Members)[member];
  }

  private call(proxy: Proxy, name: string, args: unknown[]): unknown {
    const member = toCamelCase(name);
    if (!memberKind(proxy, member)?.method) throw new OfficeJsHostGap(`${proxy._className}.${member}() is not modelled`);
    return ((proxy as unknown as Members)[member] as (...values: unknown[]) => unknown).apply(proxy, args);
  }

  /** Arguments, with the client objects passed as arguments (ReferencedObjectPathIds) resolved. */
  private async argumentsOf(info: ArgumentInfo | undefined): Promise<unknown[]> {
    const args = [...(info?.Arguments ?? [])];
    const referenced = info?.ReferencedObjectPathIds ?? [];
    for (const [index, pathId] of referenced.entries()) {
      if (pathId) args[index] = await this.objectAt(pathId);
    }
    return args;
  }
}
