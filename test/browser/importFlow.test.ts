import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { formatSheetDay } from '@/domain';
import { fr } from '@/taskpane/i18n/fr';
import { writeXlsx } from '../cli/support/writeXlsx';
import { demoClientHeaders } from '../excel-host/demoClientsSheet';
import type { RoutedRequests } from './support/routeOfficeJs';
import { startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import type { StaticServer } from './support/startStaticServer';
import type { StoreProcess } from './support/startStoreProcess';
import { summaryLine } from './support/summaryLine';

const repoRoot = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(repoRoot, 'test-results');
const WAIT_MS = 30_000;
const today = formatSheetDay(new Date(), 'fr');

type Workbook = {
  sheetNames: () => string[];
  activeSheetName: string | null;
  sheet: (name: string) => { getValues: (address: string) => unknown[][]; setValues: (values: unknown[][], address: string) => void };
};

/** Values of a range of the preview page's in-memory workbook (window.__excelHost). */
function values(page: Page, sheet: string, address: string): Promise<unknown[][]> {
  return page.evaluate(
    ([name, range]) => (globalThis as unknown as { __excelHost: { workbook: Workbook } }).__excelHost.workbook.sheet(name).getValues(range),
    [sheet, address] as const,
  );
}

function setValues(page: Page, sheet: string, rows: unknown[][], address: string): Promise<void> {
  return page.evaluate(
    ([name, data, at]) =>
      (globalThis as unknown as { __excelHost: { workbook: Workbook } }).__excelHost.workbook.sheet(name).setValues(data, at),
    [sheet, rows, address] as const,
  );
}

/** The 1-based column letter of a header in row 1 of a sheet (A…Z). */
async function columnOf(page: Page, sheet: string, header: string): Promise<string> {
  const row = (await values(page, sheet, 'A1:Z1'))[0] ?? [];
  const index = row.findIndex((value) => value === header);
  if (index < 0) throw new Error(`no column "${header}" in ${sheet}: ${row.join(' | ')}`);
  return String.fromCharCode(65 + index);
}

const cells = async (page: Page, sheet: string, letter: string, first: number, last: number) =>
  (await values(page, sheet, `${letter}${first}:${letter}${last}`)).map(([value]) => value);

// The preview page (dist-dev/, built by globalSetup) in Debian's Chromium, against a real store (SQLite): one-click
// import of the demo sheet with an invalid row, codes and statuses written back, a re-import with no duplicate,
// "Annuler cet import", then an .xlsx dropped on the pane that opens as a new sheet and is validated.
describe('one-click import and file import on the preview page', () => {
  let store: StoreProcess | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let routed: RoutedRequests;
  let token = '';
  let pageErrors: string[] = [];
  let bench: BrowserBench | undefined;

  const storeTotal = async () => {
    const response = await fetch(`${store?.url}/api/v1/clients?limit=100`, { headers: { authorization: `Bearer ${token}` } });
    const list = (await response.json()) as { total: number; items: { code: string; email: string }[] };
    return list;
  };

  beforeAll(async () => {
    bench = await startBrowserBench('import-flow');
    ({ store, server, context, routed, token } = bench);
    pageErrors = bench.pageErrors;
    context.setDefaultTimeout(WAIT_MS);
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('imports, writes back codes and statuses, re-imports without duplicates, undoes the import, and opens a dropped .xlsx', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${server?.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    const importButton: Locator = pane.getByRole('button', { name: fr.importer.importButton });

    // 1. The demo sheet (5 clients) and one row typed with an invalid email: the pane asks before importing.
    const invalid = ['', 'Mme', 'Keller', 'Anna', '', '', 'anna.keller@', '', '', '', '3011', 'Bern', 'CH', 'CH', 'CH', 'de', '', ''];
    await setValues(page, 'Clients', [invalid], 'A7');
    await importButton.click();
    await pane.getByText(fr.importer.importConfirm(1, 5)).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'import-1-confirm.png') });
    await pane.getByRole('button', { name: fr.importer.importValidOnly }).click();

    // 2. The summary; codes and "Statut import" written back; the invalid row never sent.
    const summary = pane.getByRole('region', { name: fr.importer.importSummaryLabel });
    await summary.getByText(fr.importer.importSummary({ created: 5, updated: 0, unchanged: 0, failed: 1, notImported: 0 })).waitFor();
    const status = await columnOf(page, 'Clients', 'Statut import');
    const codes = await cells(page, 'Clients', 'A', 2, 7);
    expect(codes.slice(0, 5).every((code) => /^CL-\d+$/.test(String(code)))).toBe(true);
    expect(codes[5]).toBe('');
    expect(await cells(page, 'Clients', status, 2, 6)).toEqual(Array.from({ length: 5 }, () => `Créé le ${today}`));
    expect(String((await cells(page, 'Clients', status, 7, 7))[0])).toMatch(/^Erreur\s: Email \*\s: /);
    expect((await storeTotal()).total).toBe(5);
    // Scroll the grid to the "Statut import" column for the screenshot.
    await page.getByRole('grid', { name: 'Clients' }).getByText(`Créé le ${today}`).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir, 'import-2-written-back.png') });

    // 3. Fix the row and import again: the five, unchanged since their import, are not even sent (their fingerprints
    // say so); the fixed one is created.
    await setValues(page, 'Clients', [['anna.keller@example.ch']], 'G7');
    await importButton.click();
    await summary.getByText(fr.importer.importSummary({ created: 1, updated: 0, unchanged: 0, failed: 0, notImported: 0 })).waitFor();
    await summary.getByText(fr.importer.unchangedLeftOut(5)).waitFor();
    const stored = await storeTotal();
    expect(stored.total).toBe(6);
    expect(new Set(stored.items.map((client) => client.email)).size).toBe(6);
    expect(await cells(page, 'Clients', status, 2, 7)).toEqual([
      ...Array.from({ length: 5 }, () => `Créé le ${today}`),
      `Créé le ${today}`,
    ]);
    expect(await cells(page, 'Clients', 'A', 2, 6)).toEqual(codes.slice(0, 5));
    await page.getByRole('grid', { name: 'Clients' }).getByText(`Créé le ${today}`).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir, 'import-3-reimport.png') });

    // 4. "Annuler cet import": the client that import created is removed from the store, its code emptied.
    await summary.getByRole('button', { name: fr.importer.revertImport }).click();
    await summary.getByText(fr.importer.reverted(1, 0)).waitFor();
    expect((await storeTotal()).total).toBe(5);
    expect(await cells(page, 'Clients', 'A', 7, 7)).toEqual(['']);
    expect(await cells(page, 'Clients', status, 7, 7)).toEqual([`Import annulé le ${today}`]);
    await page.getByRole('grid', { name: 'Clients' }).getByText(`Import annulé le ${today}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(resultsDir, 'import-4-reverted.png') });

    // 5. An .xlsx dropped on the pane opens as a new sheet, which is validated.
    const xlsx = writeXlsx([
      {
        name: 'Nouveaux',
        rows: [
          [...demoClientHeaders],
          ['', 'M.', 'Berset', 'Luc', '', '', 'luc.berset@example.ch', '', '', '', '1700', 'Fribourg', 'CH', 'CH', 'CH', 'fr', '', ''],
          ['', 'Mme', '', 'Léa', '', '', 'lea@example.ch', '', '', '', '1700', 'Fribourg', 'CH', 'CH', 'CH', 'fr', '', ''],
        ],
      },
    ]);
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File([new Uint8Array(bytes)], 'nouveaux.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      return transfer;
    }, Array.from(xlsx));
    await pane.getByRole('button', { name: new RegExp(fr.importer.fileDrop) }).dispatchEvent('drop', { dataTransfer });
    await pane.getByText(fr.importer.fileOpened('Nouveaux')).waitFor();
    const report = pane.getByRole('region', { name: fr.importer.reportLabel });
    await report.getByText(summaryLine('Nouveaux', 2, 1)).waitFor();
    expect(
      await page.evaluate(() => (globalThis as unknown as { __excelHost: { workbook: Workbook } }).__excelHost.workbook.activeSheetName),
    ).toBe('Nouveaux');
    await page.getByRole('grid', { name: 'Nouveaux' }).getByText('Code client', { exact: true }).scrollIntoViewIfNeeded();
    await pane.getByRole('button', { name: fr.importer.importButton, disabled: false }).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'import-5-dropped-xlsx.png') });

    expect(routed.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
