import type { ExcelHost } from '../excel-host/createExcelHost';
import type { OfficeJsHost } from './createOfficeJsHost';
import { loadOfficeJs, type OfficeJsWindow } from './loadOfficeJs';
import { officeJsFromWindow } from './officeJsFromWindow';
import { startPageExcel } from './startPageExcel';

type PageGlobals = OfficeJsWindow & { __excelHost: ExcelHost; __officeJsHost: OfficeJsHost | null };

/** A page that loaded office.js's build, at `search` (e.g. "?lang=en-US"). */
function pageAt(search: string): { window: PageGlobals; outsideRequests: unknown[]; windowErrors: string[] } {
  const loaded = loadOfficeJs();
  loaded.window.history.replaceState(null, '', `/preview.html${search}`);
  return { window: loaded.window as PageGlobals, outsideRequests: loaded.outsideRequests, windowErrors: loaded.windowErrors };
}

async function activeSheetName(window: PageGlobals): Promise<string> {
  return window.Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet().load('name');
    await context.sync();
    return sheet.name;
  });
}

describe('startPageExcel: the Excel of the preview page and of the task pane in the browser tests', () => {
  it("answers the page's real office.js from the demo workbook, in French by default, and exposes both hosts", async () => {
    const { window, outsideRequests } = pageAt('');
    const excelRun = window.Excel.run;
    const page = startPageExcel(window);

    expect(page.client).toBe('office.js');
    expect(window.Excel.run).toBe(excelRun); // office.js's own client, not the model's proxies
    expect(window.__excelHost).toBe(page.excel);
    expect(window.__officeJsHost).toBe(page.officeJs);
    expect(page.excel.workbook.sheet('Clients').getValues('A1:C1')).toEqual([['Code client', 'Civilité', 'Nom *']]);
    expect(window.Office.context).toMatchObject({ displayLanguage: 'fr-CH' });

    expect(await activeSheetName(window)).toBe('Clients');
    expect(page.officeJs?.lastRequestText).toContain('"GetActiveWorksheet"');
    expect(page.officeJs?.stats.syncs).toBe(1);
    expect(page.excel.stats.syncs).toBe(1);
    expect(page.officeJs?.gaps).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  it("takes Office's display language from ?lang=", async () => {
    const { window } = pageAt('?lang=en-US');
    startPageExcel(window);
    const info = await (window.Office.onReady as unknown as () => Promise<{ host: string }>)();
    expect(info.host).toBe('Excel');
    expect(window.Office.context).toMatchObject({ displayLanguage: 'en-US' });
    expect(await activeSheetName(window)).toBe('Clients');
  });

  it("gives Office's theme in Office.context.officeTheme: Colorful by default, Black with ?theme=dark", () => {
    const light = pageAt('').window;
    expect(startPageExcel(light).officeTheme).toBe('colorful');
    expect(light.Office.context).toMatchObject({ officeTheme: { bodyBackgroundColor: '#FFFFFF', isDarkTheme: false } });
    const dark = pageAt('?theme=dark').window;
    expect(startPageExcel(dark).officeTheme).toBe('black');
    expect(dark.Office.context).toMatchObject({ officeTheme: { bodyBackgroundColor: '#262626', isDarkTheme: true } });
  });

  it('stays on the model alone from ExcelApi 1.18 (notes, which the npm build lacks), and says so', async () => {
    const { window } = pageAt('?excelApi=1.18');
    const excelRun = window.Excel.run;
    const page = startPageExcel(window);
    expect(page.client).toBe('model');
    expect(page.officeJs).toBeNull();
    expect(window.__officeJsHost).toBeNull();
    expect(window.Excel.run).not.toBe(excelRun);
    expect(page.excel.apiSets.ExcelApi).toBe('1.18');
    expect(await activeSheetName(window)).toBe('Clients');
    expect(page.excel.stats.syncs).toBe(1);
  });

  it('makes a gap of the protocol host an uncaught page error, besides refusing the request', async () => {
    const { window, windowErrors } = pageAt('');
    const page = startPageExcel(window);
    const paged = window.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getRange('A1:B3');
      // load({ top }) pages a collection; the protocol host does not speak it.
      (range.load as (options: object) => unknown).call(range, { select: 'values', top: 1 });
      await context.sync();
    });
    await expect(paged).rejects.toThrow(/top, skip/);
    await new Promise((resolve) => window.setTimeout(resolve, 10));
    expect(page.officeJs?.gaps).toEqual(['officejs-host: load({ top, skip }) is not supported']);
    expect(windowErrors.join('\n')).toContain('officejs-host: load({ top, skip }) is not supported');
  });

  it('refuses a page that did not load office.js, naming the build to load', () => {
    expect(() => officeJsFromWindow({} as Window)).toThrow(/excel-web-16\.00\.debug\.js/);
  });
});
