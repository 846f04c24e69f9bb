import { cellCount } from '../address/CellRect';
import { formatRangeAddress } from '../address/formatRangeAddress';
import { HostCollection } from './HostCollection';
import { HostClientObject, type PropertySpec, type ProxyOrigin } from './HostClientObject';
import { type ClearApplyTo, clearRects, HostRange } from './HostRange';
import { HostRangeFormat } from './HostRangeFormat';
import type { RangeTarget } from './RangeTarget';

/** Excel.RangeCollection (RangeAreas.areas): one Range per rectangle. */
export class HostRangeCollection extends HostCollection<RangeTarget, RangeTarget, HostRange> {
  readonly _className = 'RangeCollection';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {};

  protected _listItems(target: RangeTarget): RangeTarget[] {
    return target.rects.map((rect) => ({ sheet: target.sheet, rects: [rect] }));
  }

  protected _createLoadedItem(target: RangeTarget): HostRange {
    return new HostRange(this.context, { kind: 'resolved', path: `${this._path}.items`, target });
  }
}

/** Excel.RangeAreas: several rectangles of one sheet, formatted or cleared in one action. */
export class HostRangeAreas extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeAreas';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    // "Clients!A1, Clients!C1:D2", as the docs show RangeAreas.address.
    // "Clients!A1, Clients!C1:D2", the form the docs show for RangeAreas.address.
    address: { get: (target) => target.rects.map((rect) => formatRangeAddress(target.sheet.name, rect)).join(', ') },
    addressLocal: { get: (target) => target.rects.map((rect) => formatRangeAddress(target.sheet.name, rect)).join(', ') },
    areaCount: { get: (target) => target.rects.length },
    cellCount: { get: (target) => target.rects.reduce((sum, rect) => sum + cellCount(rect), 0) },
  };
  protected override readonly _navigation = { format: () => this.format, areas: () => this.areas };
  private formatProxy: HostRangeFormat | undefined;
  private areasProxy: HostRangeCollection | undefined;

  get address(): string {
    return this._read('address');
  }

  get addressLocal(): string {
    return this._read('addressLocal');
  }

  get areaCount(): number {
    return this._read('areaCount');
  }

  get cellCount(): number {
    return this._read('cellCount');
  }

  get format(): HostRangeFormat {
    this.formatProxy ??= new HostRangeFormat(this.context, this.child('format'));
    return this.formatProxy;
  }

  get areas(): HostRangeCollection {
    this.areasProxy ??= new HostRangeCollection(this.context, this.child('areas'));
    return this.areasProxy;
  }

  clear(applyTo: ClearApplyTo = 'All'): void {
    this._call('clear', [applyTo], (target) => clearRects(this.context._env.model, target, applyTo));
  }

  private child(name: string): ProxyOrigin<RangeTarget> {
    return { kind: 'path', path: `${this._path}.${name}`, nullable: true, resolve: () => this._targetOrNull() };
  }

  protected override _isAlive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }
}
