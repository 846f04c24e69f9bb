/**
 * Office's themes as `Office.context.officeTheme` gives them to an add-in (the four colours, and `isDarkTheme` where
 * the host has it). Office names its themes "Colorful" (the default, light) and "Black" (dark); the colours are those
 * of the task pane's body and controls in each, close to Excel's (Excel on the web exposes no officeTheme at all).
 */
export type OfficeTheme = {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
  isDarkTheme: boolean;
};

export const officeThemes = {
  colorful: {
    bodyBackgroundColor: '#FFFFFF',
    bodyForegroundColor: '#262626',
    controlBackgroundColor: '#FFFFFF',
    controlForegroundColor: '#262626',
    isDarkTheme: false,
  },
  black: {
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#363636',
    controlForegroundColor: '#FFFFFF',
    isDarkTheme: true,
  },
} as const satisfies Record<string, OfficeTheme>;

export type OfficeThemeName = keyof typeof officeThemes;

/** The Office theme a page's URL asks for: `?theme=dark` (or `black`) is Office's "Black", anything else "Colorful". */
export function officeThemeNameFromQuery(query: URLSearchParams): OfficeThemeName {
  const asked = query.get('theme');
  return asked === 'dark' || asked === 'black' ? 'black' : 'colorful';
}
