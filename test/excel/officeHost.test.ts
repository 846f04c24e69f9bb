import { type HostInfo, isApiSetSupported, uiLanguage, whenOfficeReady } from '@/excel/officeHost';
import { createExcelHost } from '../excel-host/createExcelHost';
import { installExcelHost } from '../excel-host/installExcelHost';

type Slots = Record<string, unknown>;

describe('whenOfficeReady', () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => {
    uninstall();
    delete (globalThis as Slots).Office;
  });

  it('resolves outside Office when office.js is not loaded', async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: false, platform: null, displayLanguage: null });
    expect(isApiSetSupported('1.1')).toBe(false);
  });

  it('resolves outside Office when office.js is loaded outside Office', async () => {
    (globalThis as Slots).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: false, platform: null, displayLanguage: null });
    expect(isApiSetSupported('1.1')).toBe(false);
  });

  it('resolves inside Excel with the platform and display language', async () => {
    uninstall = installExcelHost(createExcelHost({ displayLanguage: 'en-GB' }));
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: true, platform: 'OfficeOnline', displayLanguage: 'en-GB' });
  });

  it('says inExcel false in another Office application', async () => {
    (globalThis as Slots).Office = {
      onReady: () => Promise.resolve({ host: 'Word', platform: 'PC' }),
      context: { displayLanguage: 'fr-FR' },
    };
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: false, platform: 'PC', displayLanguage: 'fr-FR' });
  });

  it('feature-detects ExcelApi versions up to the host maximum', () => {
    uninstall = installExcelHost(createExcelHost({ apiSets: { ExcelApi: '1.9' } }));
    expect([isApiSetSupported('1.1'), isApiSetSupported('1.9'), isApiSetSupported('1.10'), isApiSetSupported('1.12')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('uiLanguage', () => {
  const info = (displayLanguage: string | null): HostInfo => ({ inExcel: true, platform: 'PC', displayLanguage });
  it.each([
    ['en-US', 'en'],
    ['EN-gb', 'en'],
    ['fr-CH', 'fr'],
    ['de-CH', 'fr'],
    [null, 'fr'],
  ] as const)('%s → %s', (displayLanguage, expected) => {
    expect(uiLanguage(info(displayLanguage))).toBe(expected);
  });
});
