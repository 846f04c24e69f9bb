import { createExcelHost } from './createExcelHost';
import { addDemoClientsSheet } from './demoClientsSheet';
import { installExcelHost } from './installExcelHost';

// The preview page's Excel: an in-memory workbook with the demo sheet "Clients", installed as window.Excel
// (and Office, when the page runs outside Office) and exposed as window.__excelHost for the grid and the tests.
// `?lang=en-US` in the page's URL sets Office's display language.
const search = (globalThis as { location?: { search?: string } }).location?.search ?? '';
const displayLanguage = new URLSearchParams(search).get('lang') ?? 'fr-CH';
const host = createExcelHost({ displayLanguage });
addDemoClientsSheet(host.workbook);
installExcelHost(host, globalThis);
(globalThis as { __excelHost?: unknown }).__excelHost = host;
