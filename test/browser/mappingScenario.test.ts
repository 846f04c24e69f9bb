import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import { summaryLine } from './support/summaryLine';

type PreviewWorkbook = { addSheet: (name: string, rows: unknown[][]) => void; activeSheetName: string | null };

/** Adds a sheet to the preview page's in-memory workbook (window.__excelHost) and makes it active. */
async function addActiveSheet(page: Page, name: string, rows: unknown[][]): Promise<void> {
  await page.evaluate(
    ([sheetName, values]) => {
      const { workbook } = (globalThis as unknown as { __excelHost: { workbook: PreviewWorkbook } }).__excelHost;
      workbook.addSheet(sheetName, values);
      workbook.activeSheetName = sheetName;
    },
    [name, rows] as const,
  );
}

// The mapping step on the preview page, in a 320 px pane, against a real store: a sheet whose e-mail column nothing
// reads opens the step; the user maps it, applies, and the sheet validates with the mapping.
describe('the column mapping step on the preview page', () => {
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('mapping-scenario');
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('maps a column in a 320 px pane without horizontal scrolling, then validates with the mapping', async () => {
    const page = await (bench?.context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${bench?.server.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.evaluate((element) => {
      (element as HTMLElement).style.width = '320px';
    });
    await addActiveSheet(page, 'Export', [
      ['Nom', 'Prénom', 'Kontakt', 'Bemerkung zum Kunden (lang)'],
      ['Favre', 'Sophie', 'sophie.favre@example.ch', 'Une remarque assez longue pour ne pas tenir sur la largeur du volet'],
    ]);

    await pane.getByRole('button', { name: fr.importer.validate }).click();
    const step = pane.getByRole('region', { name: fr.mapping.title });
    await step.getByText(fr.mapping.unfedRequired('email')).waitFor();
    const overflow = await pane.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await step.screenshot({ path: path.join(resultsDir, 'mapping-1-open.png') });

    await step.getByRole('combobox', { name: fr.mapping.lineLabel('Kontakt', 'C') }).selectOption({ label: 'Email *' });
    await step.getByRole('button', { name: fr.mapping.apply }).click();
    await pane.getByText(summaryLine('Export', 1, 1)).waitFor();
    await pane.getByText(fr.mapping.confirmed, { exact: false }).waitFor();
    await pane.screenshot({ path: path.join(resultsDir, 'mapping-2-applied.png') });
    expect(bench?.pageErrors).toEqual([]);
  });
});
