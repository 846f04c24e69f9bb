import { compareVersions } from '../excel-host/compareVersions';
import { createExcelHost, type ExcelHost } from '../excel-host/createExcelHost';
import { addDemoClientsSheet } from '../excel-host/demoClientsSheet';
import { installExcelHost } from '../excel-host/installExcelHost';
import { createOfficeJsHostOver, installOfficeJsHost, type OfficeJsHost } from './createOfficeJsHost';
import { firstVersionBeyondBuild } from './officeJsBuild';
import { officeThemeNameFromQuery, officeThemes, type OfficeThemeName } from './officeThemes';
import { officeJsFromWindow } from './officeJsFromWindow';

export type PageExcel = {
  /** The in-memory workbook (test/excel-host): what the preview's grid draws and the browser tests read. */
  excel: ExcelHost;
  /** The protocol host answering the real office.js (its requests, sizes and gaps); null on the model alone. */
  officeJs: OfficeJsHost | null;
  /** What runs the add-in's Excel calls: office.js's real client, or test/excel-host's proxies (ExcelApi ≥ 1.18). */
  client: 'office.js' | 'model';
  /** The Office theme office.js's `Office.context.officeTheme` gives (`?theme=dark`: "Black"; else "Colorful"). */
  officeTheme: OfficeThemeName;
};

/**
 * The Excel of a page outside Office (the preview page; the task pane in the browser tests): an in-memory workbook
 * holding the demo sheet "Clients", answering office.js's real Excel-on-the-web client, which the page loaded with
 * `<script src="officejs/excel-web-16.00.debug.js">` before this code. The page's URL may say `?lang=en-US`
 * (Office's display language) and `?excelApi=1.18` (the ExcelApi version Excel reports; from 1.18 on, the add-in
 * marks with notes, which the npm build lacks: the model's own proxies answer then, as in test/excel's notes tests),
 * and `?theme=dark` (Office's "Black" theme in `Office.context.officeTheme`, on office.js's client only).
 * Exposed as `window.__excelHost` (workbook, syncs) and `window.__officeJsHost` (real request bodies, gaps).
 */
export function startPageExcel(window: Window): PageExcel {
  const query = new URLSearchParams(window.location.search);
  const displayLanguage = query.get('lang') ?? 'fr-CH';
  const excelApi = query.get('excelApi') ?? undefined;
  const officeTheme = officeThemeNameFromQuery(query);
  const excel = createExcelHost({ displayLanguage, apiSets: { ExcelApi: excelApi } });
  addDemoClientsSheet(excel.workbook);
  const onModel = compareVersions(excel.apiSets.ExcelApi, firstVersionBeyondBuild) >= 0;
  let officeJs: OfficeJsHost | null = null;
  if (onModel) {
    // The model's own Office and OfficeExtension in place of the build's (whose Office.context cannot be redefined).
    Object.assign(window, { Office: undefined, OfficeExtension: undefined });
    installExcelHost(excel, window);
  } else {
    officeJs = createOfficeJsHostOver(officeJsFromWindow(window), excel);
    reportGapsAsPageErrors(officeJs, window);
    installOfficeJsHost(officeJs, window, { officeTheme: officeThemes[officeTheme] });
  }
  Object.assign(window, { __excelHost: excel, __officeJsHost: officeJs });
  return { excel, officeJs, client: onModel ? 'model' : 'office.js', officeTheme };
}

/**
 * A gap of the protocol host (an API the model lacks) also becomes an uncaught error of the page, besides rejecting the
 * request: the browser tests, which assert that no page error occurred, then fail on it wherever it happens.
 */
function reportGapsAsPageErrors(host: OfficeJsHost, window: Window): void {
  const { gaps } = host;
  const push = (...messages: string[]) => {
    for (const message of messages) {
      window.setTimeout(() => {
        throw new Error(message);
      });
    }
    return Array.prototype.push.apply(gaps, messages);
  };
  Object.defineProperty(gaps, 'push', { value: push, enumerable: false });
}
