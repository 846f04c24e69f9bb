import { HostOfficeError } from '../HostOfficeError';
import { defaultPatternColor, noFillColor } from '../model/CellValue';
import { normalizeColor } from '../model/normalizeColor';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import type { RangeTarget } from './RangeTarget';

/** Mixed over the range → null, as Excel returns. */
export function uniformOver<T>(target: RangeTarget, read: (rect: RangeTarget['rects'][number]) => T | null): T | null {
  const values = target.rects.map(read);
  const first = values[0] ?? null;
  return values.every((value) => value === first) ? first : null;
}

/** Excel.FillPattern names (the gradients, which the API does not support, are left out). */
const patterns = new Set([
  'Solid',
  'Gray50',
  'Gray75',
  'Gray25',
  'Horizontal',
  'Vertical',
  'Down',
  'Up',
  'Checker',
  'SemiGray75',
  'LightHorizontal',
  'LightVertical',
  'LightDown',
  'LightUp',
  'Grid',
  'CrissCross',
  'Gray16',
  'Gray8',
]);

/** A colour of the fill: read uniform over the range (`fallback` where the cells have none), written to every cell. */
function colorProperty(key: 'fillColor' | 'fillPatternColor', fallback: string, location: string): PropertySpec<RangeTarget> {
  return {
    get: (target) =>
      uniformOver(target, (rect) => {
        const color = target.sheet.uniformFormat(rect, key);
        return color === null ? null : (color ?? fallback);
      }),
    set: (target, value) => {
      const color = normalizeColor(value);
      if (color === null) throw new HostOfficeError('InvalidArgument', { location });
      for (const rect of target.rects) target.sheet.patchFormat(rect, { [key]: color });
    },
  };
}

const noFill = { fillColor: undefined, fillPattern: undefined, fillPatternColor: undefined };

/**
 * Excel.RangeFill: color ("#RRGGBB", "#FFFFFF" without fill), pattern ('None' without fill, 'Solid', or a pattern
 * name), patternColor, each null when mixed over the range; clear(). Setting color keeps a pattern; setting a pattern
 * on a cell without fill gives it a white background; 'None' removes the fill.
 */
export class HostRangeFill extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeFill';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    color: colorProperty('fillColor', noFillColor, 'RangeFill.color'),
    pattern: {
      get: (target) =>
        uniformOver(target, (rect) => {
          const color = target.sheet.uniformFormat(rect, 'fillColor');
          if (color === null) return null;
          if (color === undefined) return 'None';
          const pattern = target.sheet.uniformFormat(rect, 'fillPattern');
          return pattern === null ? null : (pattern ?? 'Solid');
        }),
      set: (target, value) => {
        if (value === 'None') {
          for (const rect of target.rects) target.sheet.patchFormat(rect, noFill);
          return;
        }
        if (typeof value !== 'string' || !patterns.has(value))
          throw new HostOfficeError('InvalidArgument', { location: 'RangeFill.pattern' });
        for (const rect of target.rects) {
          const background = target.sheet.uniformFormat(rect, 'fillColor') === undefined ? { fillColor: noFillColor } : {};
          target.sheet.patchFormat(rect, { ...background, fillPattern: value === 'Solid' ? undefined : value });
        }
      },
    },
    patternColor: colorProperty('fillPatternColor', defaultPatternColor, 'RangeFill.patternColor'),
  };

  get pattern(): string {
    return this._read('pattern');
  }

  set pattern(value: string) {
    this._write('pattern', value);
  }

  get patternColor(): string {
    return this._read('patternColor');
  }

  set patternColor(value: string) {
    this._write('patternColor', value);
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._write('color', value);
  }

  clear(): void {
    this._call('clear', [], (target) => {
      for (const rect of target.rects) target.sheet.patchFormat(rect, noFill);
    });
  }
}
