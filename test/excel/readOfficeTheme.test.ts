import { readOfficeTheme } from '@/excel/readOfficeTheme';

describe('readOfficeTheme', () => {
  const globals = globalThis as { Office?: unknown };
  afterEach(() => {
    delete globals.Office;
  });

  it('is null outside Office', () => {
    expect(readOfficeTheme()).toBeNull();
  });

  it('is null when the host exposes no theme (Excel on the web)', () => {
    globals.Office = { context: {} };
    expect(readOfficeTheme()).toBeNull();
  });

  it('reads the colours and the dark flag as plain data', () => {
    globals.Office = {
      context: { officeTheme: { bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', isDarkTheme: true } },
    };
    expect(readOfficeTheme()).toEqual({ bodyBackgroundColor: '#262626', bodyForegroundColor: '#ffffff', isDarkTheme: true });
  });

  it('leaves the dark flag null when the host does not give it', () => {
    globals.Office = { context: { officeTheme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' } } };
    expect(readOfficeTheme()?.isDarkTheme).toBeNull();
  });

  it('is null when reading the context throws', () => {
    globals.Office = {
      get context() {
        throw new Error('not ready');
      },
    };
    expect(readOfficeTheme()).toBeNull();
  });
});
