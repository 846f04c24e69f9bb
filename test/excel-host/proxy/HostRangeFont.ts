import { HostOfficeError } from '../HostOfficeError';
import { defaultFontColor } from '../model/CellValue';
import { normalizeColor } from '../model/normalizeColor';
import { HostClientObject, type PropertySpec } from './HostClientObject';
import { uniformOver } from './HostRangeFill';
import type { RangeTarget } from './RangeTarget';

function booleanFormat(key: 'fontBold' | 'fontItalic', location: string): PropertySpec<RangeTarget> {
  return {
    get: (target) =>
      uniformOver(target, (rect) => {
        const value = target.sheet.uniformFormat(rect, key);
        return value === null ? null : (value ?? false);
      }),
    set: (target, value) => {
      if (typeof value !== 'boolean') throw new HostOfficeError('InvalidArgument', { location });
      for (const rect of target.rects) target.sheet.patchFormat(rect, { [key]: value || undefined });
    },
  };
}

/** Excel.RangeFont: bold, italic, color (null when mixed over the range). */
export class HostRangeFont extends HostClientObject<RangeTarget> {
  readonly _className = 'RangeFont';
  protected readonly _properties: Record<string, PropertySpec<RangeTarget>> = {
    bold: booleanFormat('fontBold', 'RangeFont.bold'),
    italic: booleanFormat('fontItalic', 'RangeFont.italic'),
    color: {
      get: (target) =>
        uniformOver(target, (rect) => {
          const color = target.sheet.uniformFormat(rect, 'fontColor');
          return color === null ? null : (color ?? defaultFontColor);
        }),
      set: (target, value) => {
        const color = normalizeColor(value);
        if (color === null) throw new HostOfficeError('InvalidArgument', { location: 'RangeFont.color' });
        for (const rect of target.rects) {
          target.sheet.patchFormat(rect, { fontColor: color === defaultFontColor ? undefined : color });
        }
      },
    },
  };

  get bold(): boolean {
    return this._read('bold');
  }

  set bold(value: boolean) {
    this._write('bold', value);
  }

  get italic(): boolean {
    return this._read('italic');
  }

  set italic(value: boolean) {
    this._write('italic', value);
  }

  get color(): string {
    return this._read('color');
  }

  set color(value: string) {
    this._write('color', value);
  }
}
