import { HostOfficeError } from '../HostOfficeError';
import { instantiateRequest, methodRequest, queryRequest, setPropertyRequest } from './officeJsRequest';
import { HostClientResult } from './HostClientResult';
import type { HostRequestContext } from './HostRequestContext';
import { parseLoadSpec } from './parseLoadSpec';

/** How one scalar property is read from, and written to, the model. */
export type PropertySpec<TTarget> = {
  get: (target: TTarget) => unknown;
  set?: (target: TTarget, value: unknown) => void;
  /** For per-cell properties (values, text…): how many cells a read returns, checked against maxCellsPerRead. */
  cells?: (target: TTarget) => number;
  /** Left out of a bare load(), as office.js leaves out some properties. */
  explicitOnly?: boolean;
  /** Setting it has no undo support on Windows and Mac (Worksheet.visibility): a mergeUndoGroup request with it fails. */
  withoutUndo?: true;
};

/** What a navigation property leads to, for load paths and set(). */
export type NavigableProxy = { load(spec?: unknown): unknown; set(properties: Record<string, unknown>): void };

export type ProxyOrigin<TTarget> =
  /** Created by a method or navigation property: resolved by an Instantiate action at the next sync. */
  | { kind: 'path'; path: string; resolve: () => TTarget | null; nullable: boolean; mutates?: boolean }
  /** Created while applying a sync's results (collection items): already resolved. */
  | { kind: 'resolved'; path: string; target: TTarget };

/**
 * Base of every proxy. As in office.js: creating a proxy queues an Instantiate action; setting a property or
 * calling a method queues an action; load() queues a query; nothing reaches the workbook before context.sync().
 * Reading a property that was neither loaded-and-synced nor set locally throws PropertyNotLoaded.
 */
export abstract class HostClientObject<TTarget> {
  abstract readonly _className: string;
  protected abstract readonly _properties: Record<string, PropertySpec<TTarget>>;
  /** Navigation properties reachable in load paths ("format/fill/color"). */
  protected readonly _navigation: Record<string, () => NavigableProxy> = {};
  readonly _id: number;
  readonly _path: string;
  private target: TTarget | null | undefined = undefined;
  private isNull: boolean | undefined = undefined;
  private readonly known = new Map<string, unknown>();

  constructor(
    readonly context: HostRequestContext,
    origin: ProxyOrigin<TTarget>,
  ) {
    this._id = context._nextObjectId();
    this._path = origin.path;
    if (origin.kind === 'resolved') {
      this.target = origin.target;
      this.isNull = false;
      return;
    }
    context._enqueue({
      request: instantiateRequest(this._id, origin.path),
      mutates: origin.mutates ?? false,
      execute: () => {
        const target = origin.resolve();
        if (target === null && !origin.nullable) {
          throw new HostOfficeError('ItemNotFound', { location: origin.path });
        }
        this.target = target;
        return { response: { Id: this._id, IsNull: target === null }, apply: () => (this.isNull = target === null) };
      },
    });
  }

  /** True when an *OrNullObject call found nothing. Readable only after a sync, like office.js. */
  get isNullObject(): boolean {
    if (this.isNull === undefined) {
      throw new HostOfficeError('PropertyNotLoaded', { argument: 'isNullObject', location: `${this._className}.isNullObject` });
    }
    return this.isNull;
  }

  load(spec?: unknown): this {
    const paths = parseLoadSpec(spec);
    const own = new Set<string>();
    const nested = new Map<string, string[]>();
    if (paths === null) {
      for (const name of this._defaultLoadNames()) own.add(name);
    } else {
      for (const path of paths) {
        const [head = '', ...rest] = path.split('/');
        if (rest.length === 0 && !(head in this._navigation)) own.add(head);
        else nested.set(head, [...(nested.get(head) ?? []), ...(rest.length === 0 ? [] : [rest.join('/')])]);
      }
    }
    for (const [name, rest] of nested) {
      const child = this._navigation[name];
      if (!child) {
        this._queueInvalidLoad(name);
        continue;
      }
      child().load(rest.length === 0 ? undefined : rest);
    }
    if (own.size > 0) this._queueLoad([...own]);
    return this;
  }

  /** Merges several property values at once, navigation properties included: set({ format: { fill: { color } } }). */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      const child = this._navigation[name];
      if (child && value && typeof value === 'object') {
        child().set(value as Record<string, unknown>);
      } else {
        this._write(name, value);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  // ---- for subclasses -----------------------------------------------------------------------------------

  protected _read<T>(name: string): T {
    if (this.known.has(name)) return this.known.get(name) as T;
    if (this.isNull === true) return undefined as T;
    throw new HostOfficeError('PropertyNotLoaded', { argument: name, location: `${this._className}.${name}` });
  }

  protected _write(name: string, value: unknown): void {
    const property = this._properties[name];
    if (!property?.set) {
      throw new HostOfficeError('InvalidArgument', { location: `${this._className}.${name}` });
    }
    const set = property.set;
    this.known.set(name, value);
    this.context._enqueue({
      request: setPropertyRequest(this._id, name, value),
      mutates: true,
      ...(property.withoutUndo ? { withoutUndo: true as const } : {}),
      execute: () => set(this._requireTarget(), value),
    });
  }

  /** Queues a method call that changes the workbook (or, with mutates false, only reads it). */
  protected _call(name: string, args: unknown[], run: (target: TTarget) => void, mutates = true): void {
    this.context._enqueue({
      request: methodRequest(this._id, name, args),
      mutates,
      execute: () => run(this._requireTarget()),
    });
  }

  /** Queues a method call whose result is a ClientResult. */
  protected _callForResult<T>(name: string, args: unknown[], run: (target: TTarget) => T, mutates = false): HostClientResult<T> {
    const result = new HostClientResult<T>();
    this.context._enqueue({
      request: methodRequest(this._id, name, args),
      mutates,
      execute: () => {
        const value = run(this._requireTarget());
        return { response: { Value: value }, apply: (response) => result._resolve((response as { Value: T }).Value) };
      },
    });
    return result;
  }

  /** The resolved target, while a sync executes. A null object or a deleted item fails with ItemNotFound. */
  _requireTarget(): TTarget {
    if (this.target === undefined) {
      throw new HostOfficeError('InvalidObjectPath', { argument: this._path, location: this._path });
    }
    if (this.target === null || !this._isAlive(this.target)) {
      throw new HostOfficeError('ItemNotFound', { location: this._path });
    }
    return this.target;
  }

  /** The resolved target or null (for *OrNullObject children of a null object), while a sync executes. */
  _targetOrNull(): TTarget | null {
    if (this.target === null) return null;
    return this._requireTarget();
  }

  protected _isAlive(_target: TTarget): boolean {
    return true;
  }

  /** The properties a bare load() reads. */
  _defaultLoadNames(): string[] {
    return Object.entries(this._properties)
      .filter(([, property]) => !property.explicitOnly)
      .map(([name]) => name);
  }

  /** Sets a known value locally (results of a collection load). */
  _setKnown(name: string, value: unknown): void {
    this.known.set(name, value);
  }

  _queueLoad(names: string[]): void {
    this.context._enqueue({
      request: queryRequest(this._id, names),
      mutates: false,
      execute: () => {
        if (this.target === null) return { response: { Id: this._id, IsNull: true } };
        const values = this._readProperties(this._requireTarget(), names);
        return {
          response: { Id: this._id, Values: values },
          apply: (response) => {
            const received = (response as { Values: Record<string, unknown> }).Values;
            for (const [name, value] of Object.entries(received)) this.known.set(name, value);
          },
        };
      },
    });
  }

  /** Reads properties from the model (checking the cell limit); used by loads of this object and of collections. */
  _readProperties(target: TTarget, names: string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const name of names) {
      const property = this._properties[name];
      if (!property) {
        throw new HostOfficeError('InvalidArgument', { location: `${this._className}.${name}` });
      }
      if (property.cells && property.cells(target) > this.context._env.limits.maxCellsPerRead) {
        throw new HostOfficeError('RangeExceedsLimit', { location: `${this._className}.${name}` });
      }
      values[name] = property.get(target);
    }
    return values;
  }

  private _queueInvalidLoad(name: string): void {
    this.context._enqueue({
      request: queryRequest(this._id, [name]),
      mutates: false,
      execute: () => {
        throw new HostOfficeError('InvalidArgument', { location: `${this._className}.${name}` });
      },
    });
  }
}
