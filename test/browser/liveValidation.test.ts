import path from 'node:path';
import type { Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import { openPreviewPage } from './support/openPreviewPage';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import { summaryLine } from './support/summaryLine';

/** The fill of a cell of the preview page's in-memory workbook (window.__excelHost), null without one. */
function fillOf(page: Page, address: string): Promise<string | null> {
  return page.evaluate(
    (cell) =>
      (
        globalThis as unknown as {
          __excelHost: { workbook: { sheet: (name: string) => { cell: (a: string) => { fillColor: string | null } } } };
        }
      ).__excelHost.workbook
        .sheet('Clients')
        .cell(cell).fillColor ?? null,
    address,
  );
}

/** Waits until the cell's fill is `fill` (the marks follow the edit without a click). */
async function waitForFill(page: Page, address: string, fill: string | null): Promise<void> {
  await page.waitForFunction(
    ([cell, expected]) =>
      ((
        globalThis as unknown as {
          __excelHost: { workbook: { sheet: (name: string) => { cell: (a: string) => { fillColor: string | null } } } };
        }
      ).__excelHost.workbook
        .sheet('Clients')
        .cell(cell).fillColor ?? null) === expected,
    [address, fill] as const,
  );
}

// Validation as you type on the preview page: the demo sheet validated once, then fixed and broken by typing into the
// grid; the marks and the pane's report follow each edit, « Valider » never clicked again.
describe('validation as you type on the preview page', () => {
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('live-validation');
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('validates the demo sheet, and a fix typed into an invalid cell takes its mark and its report line away', async () => {
    const { page, pane, cell } = await openPreviewPage(bench as BrowserBench);
    const typeInto = async (address: string, text: string) => {
      await cell(address).click();
      await page.keyboard.press('F2');
      await page.keyboard.press('Control+a');
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await expect(pane.getByRole('switch', { name: fr.importer.liveValidation }).isChecked()).resolves.toBe(true);

    // 1. An email without its domain's end, then « Valider la feuille »: the cell is marked and listed.
    await typeInto('G3', 'julien.rochat@example');
    await pane.getByRole('button', { name: fr.importer.validate }).click();
    const report = pane.getByRole('region', { name: fr.importer.reportLabel });
    await report.getByText(summaryLine('Clients', 5, 4)).waitFor();
    const emailLine = report.getByRole('button', { name: /^1\s×\sEmail \*\s:/ });
    await emailLine.waitFor();
    expect(await fillOf(page, 'G3')).toBe('#FFC7CE');
    await page.screenshot({ path: path.join(resultsDir, 'live-validation-1-marked.png') });

    // 2. The user types the fix into the grid: the mark and the report's line go, without a click on « Valider ».
    await typeInto('G3', 'julien.rochat@example.ch');
    await waitForFill(page, 'G3', null);
    await report.getByText(fr.importer.noIssues).waitFor();
    await emailLine.waitFor({ state: 'detached' });

    // 3. A postal code typed wrong is marked at once, and listed.
    await typeInto('K4', '12');
    await waitForFill(page, 'K4', '#FFC7CE');
    await report.getByRole('button', { name: /^1\s×\sNPA\s:/ }).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'live-validation-2-typed.png') });
    expect(bench?.pageErrors).toEqual([]);
    await page.close();
  });
});
