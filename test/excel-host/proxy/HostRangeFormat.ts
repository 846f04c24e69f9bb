import { HostClientObject, type PropertySpec } from './HostClientObject';
import { HostRangeFill } from './HostRangeFill';
import { HostRangeFont } from './HostRangeFont';
import type { RangeTarget } from './RangeTarget';

/** Excel.RangeFormat: fill, font, autofitColumns/autofitRows (recorded; the host has no column widths). */
export class HostRangeFormat extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeFormat';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {};
  protected override readonly _navigation = { fill: () => this.fill, font: () => this.font };
  private fillProxy: HostRangeFill | undefined;
  private fontProxy: HostRangeFont | undefined;

  get fill(): HostRangeFill {
    this.fillProxy ??= new HostRangeFill(this.context, this.child('fill'));
    return this.fillProxy;
  }

  get font(): HostRangeFont {
    this.fontProxy ??= new HostRangeFont(this.context, this.child('font'));
    return this.fontProxy;
  }

  autofitColumns(): void {
    this._call('autofitColumns', [], () => undefined);
  }

  autofitRows(): void {
    this._call('autofitRows', [], () => undefined);
  }

  private child(name: string) {
    return { kind: 'path' as const, path: `${this._path}.${name}`, resolve: () => this._targetOrNull(), nullable: true };
  }
}
