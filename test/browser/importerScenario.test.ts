import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import type { RoutedRequests } from './support/routeOfficeJs';
import { startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import type { StaticServer } from './support/startStaticServer';
import { summaryLine } from './support/summaryLine';

const repoRoot = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(repoRoot, 'test-results');

type CellView = { value: unknown; fillColor: string | null };

/** Reads the in-memory workbook of the preview page (window.__excelHost), as plain data. */
async function hostView<T>(page: Page, read: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ([body, params]) => {
      const host = (
        globalThis as unknown as {
          __excelHost: {
            workbook: Record<string, unknown> & {
              sheet: (name: string) => { cell: (a: string) => CellView; setValues: (v: unknown[][], a: string) => void };
            };
          };
        }
      ).__excelHost;
      const view = {
        sheetNames: () => (host.workbook.sheetNames as () => string[])(),
        active: () => host.workbook.activeSheetName as string | null,
        cell: (sheet: string, address: string) => {
          const cell = host.workbook.sheet(sheet).cell(address);
          return { value: cell.value, fillColor: cell.fillColor };
        },
        setValues: (sheet: string, values: unknown[][], address: string) => host.workbook.sheet(sheet).setValues(values, address),
        selection: () => host.workbook.selectedAddress,
      };
      return (view as Record<string, (...a: unknown[]) => unknown>)[body as string]?.(...(params as unknown[])) as never;
    },
    [read, args] as const,
  ) as Promise<T>;
}

// The preview page (dist-dev/, built by globalSetup) in Debian's Chromium, against a real store: insert the template,
// type rows with errors, validate, see the marks and the list, go to a cell, fix, validate again, clear the marks.
describe('the Importer tab on the preview page', () => {
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let routed: RoutedRequests;
  let pageErrors: string[] = [];
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('importer-scenario');
    ({ server, context, routed } = bench);
    pageErrors = bench.pageErrors;
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('inserts the template, validates typed rows, marks and lists the errors, leads to a cell, and clears the marks', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(`${server?.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();

    // 1. Insert the template: a new sheet "Clients (2)" (the demo sheet is "Clients"), active, with its example row.
    await pane.getByRole('button', { name: fr.importer.insertTemplate }).click();
    await pane.getByText(fr.importer.templateInserted('Clients (2)')).waitFor();
    expect(await hostView<string | null>(page, 'active')).toBe('Clients (2)');
    expect(await hostView<CellView>(page, 'cell', 'Clients (2)', 'C1')).toEqual({ value: 'Nom *', fillColor: '#FCE4D6' });
    const grid = page.getByRole('grid', { name: 'Clients (2)' });
    await grid.getByText('Nom *', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'importer-1-template.png') });

    // 2. Rows typed with errors (through the host, as typing in Excel would).
    await hostView(
      page,
      'setValues',
      'Clients (2)',
      [
        [
          '',
          'M.',
          'Rochat',
          'Julien',
          '',
          '',
          'julien.rochat@example',
          '021 654 78 90',
          '',
          'Avenue de la Gare 5',
          '100',
          'Lausanne',
          'Suisse',
          'suisse',
          'CH',
          'fr',
          '',
          '',
        ],
        ['', 'Mme', '', 'Chiara', '', '', 'chiara@example.ch', '', '', '', '6900', 'Lugano', 'CH', 'CH', 'CH', 'it', '', ''],
      ],
      'A3',
    );

    // 3. Validate: the list groups the issues by row; the sheet shows the marks.
    await pane.getByRole('button', { name: fr.importer.validate }).click();
    const report = pane.getByRole('region', { name: fr.importer.reportLabel });
    await report.waitFor();
    // The template's example row (row 2) is not a client: 2 rows counted, the example row said as information.
    await report.getByText(summaryLine('Clients (2)', 2, 0)).waitFor();
    await report.getByText(fr.importer.report.groupsTitle(3, 3)).waitFor();
    await report.getByRole('button', { name: /^1\s×\sLigne d’exemple du modèle/ }).waitFor();
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'G3')).fillColor).toBe('#FFC7CE');
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'K3')).fillColor).toBe('#FFC7CE');
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'C4')).fillColor).toBe('#FFC7CE');
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'G3')).value).toBe('julien.rochat@example');
    await grid.getByText('Anomalies', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'importer-2-marks.png') });

    // 4. Clicking an issue selects its cell.
    await report.getByRole('button', { name: /^1\s×\sNom \*\s:/ }).click();
    await report.getByRole('button', { name: /^Ligne 4 \(C4\)/ }).click();
    await page.waitForFunction(() => {
      const host = (
        globalThis as unknown as { __excelHost: { workbook: { selectedAddress: { rect: { row: number; column: number } } | null } } }
      ).__excelHost;
      return host.workbook.selectedAddress?.rect.row === 3 && host.workbook.selectedAddress.rect.column === 2;
    });

    // 5. Fix the rows, validate again: no issue left.
    await hostView(page, 'setValues', 'Clients (2)', [['julien.rochat@example.ch']], 'G3');
    await hostView(page, 'setValues', 'Clients (2)', [['1003']], 'K3');
    await hostView(page, 'setValues', 'Clients (2)', [['Bernasconi']], 'C4');
    await pane.getByRole('button', { name: fr.importer.validate }).click();
    await report.getByText(fr.importer.noIssues).waitFor();
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'G3')).fillColor).toBeNull();

    // 6. Clear the marks: nothing left of them.
    await pane.getByRole('button', { name: fr.importer.clearMarks }).click();
    await pane.getByText(fr.importer.noMarks).or(pane.getByText(fr.importer.marksCleared)).waitFor();
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'C4')).fillColor).toBeNull();
    expect((await hostView<CellView>(page, 'cell', 'Clients (2)', 'S1')).value).toBe('');
    await page.screenshot({ path: path.join(resultsDir, 'importer-3-cleared.png') });

    expect(routed.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 120_000);
});
