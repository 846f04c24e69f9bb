// Validation as you type on the in-memory Excel host (Excel on the web's 5 MB limits): a 100,000-row sheet validated and
// watched, then one cell fixed and a paste of 10,000 rows; syncs and time from the edit to the pane's report, each beside
// its anchor, the full validation of the same sheet in the same run.
import { clientTemplate } from '@/domain';
import type { ExcelFeatures } from '@/excel/excelFeatures';
import { validateActiveSheet, type ActiveSheetValidation } from '@/excel/marks/validateActiveSheet';
import { watchSheetValidation } from '@/excel/marks/watchSheetValidation';
import { createExcelHost } from '../test/excel-host/createExcelHost';
import { installExcelHost } from '../test/excel-host/installExcelHost';
import { makeRow } from './excelBench';

const ROWS = 100_000;
const PASTED = 10_000;
const features: ExcelFeatures = { sheetCustomProperties: true, insertWorksheetsFromBase64: true, notes: false, mergeUndoGroup: false };

export async function benchLiveValidation(): Promise<string[]> {
  const host = createExcelHost({ apiSets: { ExcelApi: '1.17' } });
  host.workbook.addSheet('Clients', [clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header))]);
  const data: unknown[][] = [];
  for (let i = 1; i <= ROWS; i++) data.push(makeRow(i));
  host.workbook.sheet('Clients').setValues(data, 'A2');
  const uninstall = installExcelHost(host);
  try {
    host.resetStats();
    const start = performance.now();
    const validation = await validateActiveSheet({ homeCountry: 'CH', lang: 'fr', features });
    const fullMs = performance.now() - start;
    const fullSyncs = host.stats.syncs;
    let resolve: ((result: ActiveSheetValidation) => void) | null = null;
    let failure: unknown = null;
    const watch = await watchSheetValidation(validation, {
      onRevalidated: (result) => resolve?.(result),
      onError: (error) => {
        failure = error;
      },
    });
    if (watch === null) throw new Error('no change events on the bench host');
    const measure = async (edit: () => void) => {
      const next = new Promise<ActiveSheetValidation>((done) => {
        resolve = done;
      });
      host.resetStats();
      const editStart = performance.now();
      edit();
      const result = await next;
      if (failure !== null) throw failure instanceof Error ? failure : new Error(String(failure));
      return { ms: performance.now() - editStart, syncs: host.stats.syncs, result };
    };
    // One cell: row 2's postal code (K2) made invalid, then valid again (best of 6).
    const oneCell = [];
    for (let i = 0; i < 6; i++) {
      const text = i % 2 === 0 ? '12' : '1204';
      oneCell.push(await measure(() => host.workbook.editCells('Clients', { row: 1, column: 10 }, [[text]])));
    }
    const bestOne = oneCell.reduce((a, b) => (b.ms < a.ms ? b : a));
    const pasted = data.slice(40_000, 40_000 + PASTED).map((row) => row.map((value) => String(value)));
    const paste = await measure(() => host.workbook.editCells('Clients', { row: 40_001, column: 0 }, pasted));
    await watch.unwatch();
    const anchor = `(anchor: validate_mark.100k ${Math.round(fullMs)} ms, ${fullSyncs} syncs, same run)`;
    return [
      `excel.live.validate_mark.100k ${Math.round(fullMs)} ms, ${fullSyncs} syncs, ${validation.marked.cells} cells marked`,
      `excel.live.one_cell_edit_on_100k ${Math.round(bestOne.ms)} ms, ${bestOne.syncs} syncs ${anchor}`,
      `excel.live.paste_10k_rows_on_100k ${Math.round(paste.ms)} ms, ${paste.syncs} syncs ${anchor}`,
    ];
  } finally {
    uninstall();
  }
}
