import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import type { OfficeThemeColors } from '@/excel/readOfficeTheme';

/** Relative luminance (0 black … 1 white) of a `#rgb` or `#rrggbb` colour; null when unreadable. */
export function colourLuminance(colour: string): number | null {
  const hex = colour.trim().replace(/^#/, '');
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  const channel = (offset: number) => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** The Fluent theme that follows Office's: dark when Office says so or its background is dark, light otherwise. */
export function fluentThemeFor(officeTheme: OfficeThemeColors | null): Theme {
  if (officeTheme === null) return webLightTheme;
  const dark = officeTheme.isDarkTheme ?? (colourLuminance(officeTheme.bodyBackgroundColor) ?? 1) < 0.2;
  return dark ? webDarkTheme : webLightTheme;
}
