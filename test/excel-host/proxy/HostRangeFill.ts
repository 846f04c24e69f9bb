import { HostOfficeError } from '../HostOfficeError';
import { noFillColor } from '../model/CellValue';
import { normalizeColor } from '../model/normalizeColor';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { RangeTarget } from './RangeTarget';

/** Mixed over the range → null, as Excel returns. */
export function uniformOver<T>(target: RangeTarget, read: (rect: RangeTarget['rects'][number]) => T | null): T | null {
  const values = target.rects.map(read);
  const first = values[0] ?? null;
  return values.every((value) => value === first) ? first : null;
}

/** Excel.RangeFill: color ("#RRGGBB", "#FFFFFF" without fill, null when mixed) and clear(). */
export class HostRangeFill extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeFill';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    color: {
      get: (target) => uniformOver(target, (rect) => {
        const color = target.sheet.uniformFormat(rect, 'fillColor');
        return color === null ? null : (color ?? noFillColor);
      }),
      set: (target, value) => {
        const color = normalizeColor(value);
        if (color === null) throw new HostOfficeError('InvalidArgument', { location: 'RangeFill.color' });
        for (const rect of target.rects) target.sheet.patchFormat(rect, { fillColor: color });
      },
    },
    /** Only None (no fill) and Solid are modelled; setting None removes the fill. */
    pattern: {
      get: (target) => uniformOver(target, (rect) => {
        const color = target.sheet.uniformFormat(rect, 'fillColor');
        return color === null ? null : color === undefined ? 'None' : 'Solid';
      }),
      set: (target, value) => {
        if (value === 'None') {
          for (const rect of target.rects) target.sheet.patchFormat(rect, { fillColor: undefined });
          return;
        }
        if (value !== 'Solid') throw new HostOfficeError('NotImplemented', { location: 'RangeFill.pattern' });
      },
    },
  };

  get pattern(): string {
    return this._read('pattern');
  }

  set pattern(value: string) {
    this._write('pattern', value);
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._write('color', value);
  }

  clear(): void {
    this._call('clear', [], (target) => {
      for (const rect of target.rects) target.sheet.patchFormat(rect, { fillColor: undefined });
    });
  }
}
