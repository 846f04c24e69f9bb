import { createExcelHost } from './createExcelHost';
import { installExcelHost } from './installExcelHost';

type OfficeGlobal = {
  onReady: () => Promise<{ host: string | null; platform: string | null }>;
  context: { displayLanguage: string; requirements: { isSetSupported: (name: string, version?: string) => boolean } };
  HostType: { Excel: string };
};

describe('installExcelHost', () => {
  it('installs Excel and a minimal Office when there is no office.js, and uninstalls them', async () => {
    const target: Record<string, unknown> = {};
    const host = createExcelHost({ displayLanguage: 'en-US', apiSets: { ExcelApi: '1.12' } });
    const uninstall = installExcelHost(host, target);
    const office = target.Office as OfficeGlobal;
    expect(target.Excel).toBe(host.Excel);
    await expect(office.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(office.context.displayLanguage).toBe('en-US');
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    expect(office.context.requirements.isSetSupported('WordApi', '1.1')).toBe(false);
    expect(office.HostType.Excel).toBe('Excel');
    expect(target.OfficeExtension).toBeDefined();
    uninstall();
    expect(target).toEqual({});
  });

  it('makes office.js loaded outside Office answer as Excel on the web', async () => {
    const originalOnReady = () => Promise.resolve({ host: null, platform: null });
    const office: Record<string, unknown> = { onReady: originalOnReady, HostType: { Excel: 'Excel' } };
    const target: Record<string, unknown> = { Office: office, OfficeExtension: { Error: Error } };
    const uninstall = installExcelHost(createExcelHost(), target);
    const patched = target.Office as OfficeGlobal;
    await expect(patched.onReady()).resolves.toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(patched.context.displayLanguage).toBe('fr-CH');
    (office as { context: unknown }).context = { late: 'office.js initialised' };
    expect(patched.context.displayLanguage).toBe('fr-CH');
    expect(target.OfficeExtension).toEqual({ Error: Error });
    uninstall();
    expect(office.onReady).toBe(originalOnReady);
    expect('context' in office).toBe(false);
    expect('Excel' in target).toBe(false);
  });

  it('leaves a real Office host alone', async () => {
    const office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { diagnostics: { host: 'Excel' }, displayLanguage: 'de-CH' },
    };
    const target: Record<string, unknown> = { Office: office };
    installExcelHost(createExcelHost(), target);
    await expect((target.Office as OfficeGlobal).onReady()).resolves.toEqual({ host: 'Excel', platform: 'PC' });
    expect((target.Office as OfficeGlobal).context.displayLanguage).toBe('de-CH');
  });
});
