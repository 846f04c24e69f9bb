import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { colourLuminance, fluentThemeFor } from '@/taskpane/fluentThemeFor';

describe('colourLuminance', () => {
  it.each([
    ['#000000', 0],
    ['#ffffff', 1],
    ['#FFF', 1],
    ['not a colour', null],
    ['#12345', null],
  ])('%s → %s', (colour, expected) => {
    const luminance = colourLuminance(colour);
    if (expected === null) expect(luminance).toBeNull();
    else expect(luminance).toBeCloseTo(expected, 5);
  });
});

describe('fluentThemeFor', () => {
  const colours = (bodyBackgroundColor: string, isDarkTheme: boolean | null = null) => ({
    bodyBackgroundColor,
    bodyForegroundColor: '#000000',
    isDarkTheme,
  });

  it.each([
    ['no Office theme (outside Office, Excel on the web)', null, webLightTheme],
    ['a white background', colours('#ffffff'), webLightTheme],
    ['a light grey background (Office "colorful")', colours('#f3f2f1'), webLightTheme],
    ['a black background', colours('#000000'), webDarkTheme],
    ['a dark grey background (Office "dark grey")', colours('#262626'), webDarkTheme],
    ['Office saying dark, whatever the colour', colours('#ffffff', true), webDarkTheme],
    ['Office saying light, whatever the colour', colours('#000000', false), webLightTheme],
    ['an unreadable colour', colours('transparent'), webLightTheme],
  ])('%s', (_case, officeTheme, expected) => {
    expect(fluentThemeFor(officeTheme)).toBe(expected);
  });
});
