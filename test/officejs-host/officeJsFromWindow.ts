import type { LoadedOfficeJs, OfficeJsWindow } from './loadOfficeJs';
import { officeJsBuild } from './officeJsBuild';

/**
 * office.js as a page loaded it: the build's real `Excel`, `OfficeExtension` and `Office` on `window`, where the
 * page's `<script src="…/excel-web-16.00.debug.js">` put them (the preview page, the task pane in the browser tests).
 * The page's requests are watched by the browser (the tests route and record them), so the lists stay empty here.
 */
export function officeJsFromWindow(window: Window): LoadedOfficeJs {
  const page = window as OfficeJsWindow;
  if (typeof page.Excel?.run !== 'function' || typeof page.OfficeExtension?.SessionBase !== 'function') {
    throw new Error(`officejs-host: load office.js's ${officeJsBuild} before this script (the page defines no Excel.run)`);
  }
  return {
    window: page,
    Excel: page.Excel,
    OfficeExtension: page.OfficeExtension,
    Office: page.Office,
    outsideRequests: [],
    windowErrors: [],
  };
}
