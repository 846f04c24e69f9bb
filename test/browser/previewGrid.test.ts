import path from 'node:path';
import type { Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import { openPreviewPage } from './support/openPreviewPage';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';

type PageWorkbook = {
  sheet: (name: string) => { getValues: (address: string) => unknown[][] };
  selectedAddress: { sheetName: string; rect: { row: number; column: number; rowCount: number; columnCount: number } } | null;
};

/** Values of a range of the preview page's in-memory workbook (window.__excelHost). */
function sheetValues(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate(
    (range) =>
      (globalThis as unknown as { __excelHost: { workbook: PageWorkbook } }).__excelHost.workbook.sheet('Clients').getValues(range),
    address,
  );
}

/** Waits until the grid's cell `address` ("A8") shows `text` (the grid draws after the workbook's change). */
async function waitForCellText(page: Page, address: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([cell, expected]) =>
      document.querySelector(`[role="grid"] [role="gridcell"]:is([aria-label="${cell}"], [aria-label^="${cell} "])`)?.textContent ===
      expected,
    [address, text] as const,
  );
}

/** Waits until `address` is the grid's active cell (aria-activedescendant). */
async function waitForActiveCell(page: Page, address: string): Promise<void> {
  await page.waitForFunction((cell) => {
    const grid = document.querySelector('[role="grid"]');
    const active = grid?.getAttribute('aria-activedescendant');
    const name = active ? document.getElementById(active)?.getAttribute('aria-label') : undefined;
    return name === cell || name?.startsWith(`${cell} `) === true;
  }, address);
}

/** What a paste from Excel gives the page: a paste event whose clipboard holds Excel's text (TSV). */
async function pasteIntoGrid(page: Page, text: string): Promise<void> {
  await page.getByRole('grid', { name: 'Clients' }).evaluate((grid, clipboardText) => {
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', clipboardText);
    grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, text);
}

// The preview page's grid, edited as a sheet in Excel: the user types, pastes from Excel, deletes and undoes, and
// every edit lands in the in-memory workbook that office.js's real client (and so the pane) reads.
describe("the preview page's editable grid", () => {
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('preview-grid');
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('types into a cell, pastes a block from Excel, deletes it and undoes the deletion', async () => {
    const { page, pane, grid, cell } = await openPreviewPage(bench as BrowserBench);

    // 1. Click, type, Enter: the cell holds the text and the cell below becomes the active one.
    await cell('C8').click();
    await waitForActiveCell(page, 'C8');
    await page.keyboard.type('Keller');
    await grid.getByRole('textbox', { name: 'Contenu de C8' }).waitFor();
    await page.keyboard.press('Enter');
    await waitForCellText(page, 'C8', 'Keller');
    await waitForActiveCell(page, 'C9');
    expect(await sheetValues(page, 'C8')).toEqual([['Keller']]);

    // 2. Tab commits and moves right; Escape cancels an edit.
    await cell('D8').click();
    await page.keyboard.type('Anna');
    await page.keyboard.press('Tab');
    await waitForCellText(page, 'D8', 'Anna');
    await waitForActiveCell(page, 'E8');
    await page.keyboard.type('Rue');
    await page.keyboard.press('Escape');
    await waitForActiveCell(page, 'E8');
    expect(await sheetValues(page, 'C8:E8')).toEqual([['Keller', 'Anna', '']]);

    // 3. A paste of two rows copied from Excel (a quoted cell holding a newline, the trailing CRLF) from C9.
    await cell('C9').click();
    await pasteIntoGrid(page, 'Rochat\tJulien\t"Rue du Lac 1\nCP 12"\r\nMuller\tJean\t1003\r\n');
    await waitForCellText(page, 'E10', '1003');
    expect(await sheetValues(page, 'C9:E10')).toEqual([
      ['Rochat', 'Julien', 'Rue du Lac 1\nCP 12'],
      ['Muller', 'Jean', 1003],
    ]);
    await page.screenshot({ path: path.join(resultsDir, 'preview-grid-1-pasted.png') });

    // 4. Shift+click selects C8:E10, Delete clears it, Ctrl+Z puts it back.
    await cell('C8').click();
    await cell('E10').click({ modifiers: ['Shift'] });
    await page.waitForFunction(() => document.querySelectorAll('[role="grid"] [role="gridcell"][aria-selected="true"]').length === 9);
    await page.keyboard.press('Delete');
    await waitForCellText(page, 'E10', '');
    expect(await sheetValues(page, 'C8:E10')).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
    await page.keyboard.press('Control+z');
    await waitForCellText(page, 'E10', '1003');
    await waitForCellText(page, 'C8', 'Keller');
    expect(await sheetValues(page, 'C8:D9')).toEqual([
      ['Keller', 'Anna'],
      ['Rochat', 'Julien'],
    ]);
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { __excelHost: { workbook: PageWorkbook } }).__excelHost.workbook.selectedAddress,
      ),
    ).toEqual({ sheetName: 'Clients', rect: { row: 7, column: 2, rowCount: 3, columnCount: 3 } });
    await page.screenshot({ path: path.join(resultsDir, 'preview-grid-2-undone.png') });

    // 5. The pane reads the edited sheet through office.js: the used range reaches row 10 now.
    await pane.getByRole('button', { name: fr.importer.refresh }).click();
    await pane.getByText(fr.importer.sheetSummary(10, 18)).waitFor();
    expect(bench?.pageErrors).toEqual([]);
    await page.close();
  });
});
