import { HostClientObject, type PropertySpec } from './HostClientObject';
import { HostRangeFill } from './HostRangeFill';
import { HostRangeFont } from './HostRangeFont';
import { firstRect, type RangeTarget } from './RangeTarget';
import { HostOfficeError } from '../HostOfficeError';

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const defaultColumnWidth = 48;

/** Excel.RangeFormat: fill, font, columnWidth (points, kept per column), autofitColumns/autofitRows (recorded only). */
export class HostRangeFormat extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeFormat';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    columnWidth: {
      get: (target) => {
        const rect = firstRect(target);
        const widths = new Set<number>();
        for (let column = rect.column; column < rect.column + Math.min(rect.columnCount, 16_384); column += 1) {
          widths.add(target.sheet.columnWidths.get(column) ?? defaultColumnWidth);
          if (widths.size > 1) return null;
        }
        return [...widths][0] ?? defaultColumnWidth;
      },
      set: (target, value) => {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
          throw new HostOfficeError('InvalidArgument', { location: 'RangeFormat.columnWidth' });
        }
        for (const rect of target.rects) {
          for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) target.sheet.columnWidths.set(column, value);
        }
      },
    },
  };

  get columnWidth(): number {
    return this._read('columnWidth');
  }

  set columnWidth(value: number) {
    this._write('columnWidth', value);
  }
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
