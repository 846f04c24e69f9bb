/** Office's theme colours, as plain data (`#rrggbb`), and whether Office says it is dark. */
export type OfficeThemeColors = { bodyBackgroundColor: string; bodyForegroundColor: string; isDarkTheme: boolean | null };

type OfficeThemeLike = { bodyBackgroundColor?: string; bodyForegroundColor?: string; isDarkTheme?: boolean };

/** The running Office's theme, or null outside Office or where the host does not expose it (Excel on the web). */
export function readOfficeTheme(): OfficeThemeColors | null {
  try {
    if (typeof Office === 'undefined') return null;
    const theme = Office.context?.officeTheme as OfficeThemeLike | undefined;
    if (!theme?.bodyBackgroundColor || !theme.bodyForegroundColor) return null;
    return {
      bodyBackgroundColor: theme.bodyBackgroundColor,
      bodyForegroundColor: theme.bodyForegroundColor,
      isDarkTheme: typeof theme.isDarkTheme === 'boolean' ? theme.isDarkTheme : null,
    };
  } catch {
    return null;
  }
}
