import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import { resultsDir, startBrowserBench, WAIT_MS, type BrowserBench } from './support/startBrowserBench';
import { summaryLine } from './support/summaryLine';

/** The label of a dropdown's selected option (a native select's, or the text a Fluent Dropdown shows). */
async function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate((element) =>
    element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.label ?? '') : (element.textContent ?? ''),
  );
}

const scenarioDir = path.join(__dirname, '..', 'fixtures', 'scenario');

/** Drops a CSV of test/fixtures/scenario on the pane, as a user dropping a file from the explorer. */
async function dropCsv(page: Page, fileName: string): Promise<void> {
  const text = readFileSync(path.join(scenarioDir, fileName), 'utf8');
  const dataTransfer = await page.evaluateHandle(
    ([name, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/csv' }));
      return transfer;
    },
    [fileName, text] as const,
  );
  await page
    .getByRole('complementary')
    .getByRole('button', { name: new RegExp(fr.importer.fileDrop) })
    .dispatchEvent('drop', { dataTransfer });
}

// Issue 10's scenario on the preview page, in a 320 px pane, against a real store: a Lx-Office customer export
// (header row of test/fixtures/real/lxoffice-en-customers-1.csv) is dropped; the user reads its "name" column as a full
// name, maps "Suise" to Suisse for every row, imports; a second export with the same headers gets the remembered mapping.
describe('a real export dropped on the preview page (issue 10)', () => {
  let bench: BrowserBench | undefined;

  const storeClients = async () => {
    const response = await fetch(`${bench?.store.url}/api/v1/clients?limit=100`, {
      headers: { authorization: `Bearer ${bench?.token}` },
    });
    return (await response.json()) as { total: number; items: { lastName: string; firstName: string; country: string }[] };
  };

  beforeAll(async () => {
    bench = await startBrowserBench('real-export-scenario');
    bench.context.setDefaultTimeout(WAIT_MS);
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('maps, splits, fixes values, imports, then applies the remembered mapping to a second file', async () => {
    const page = await (bench?.context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${bench?.server.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.evaluate((element) => {
      (element as HTMLElement).style.width = '320px';
    });

    // 1. The first export is dropped.
    await dropCsv(page, 'lxoffice-customers-a.csv');
    await pane.getByText(fr.importer.fileOpened('lxoffice-customers-a'), { exact: false }).waitFor();
    const step = pane.getByRole('region', { name: fr.mapping.title });
    const nameLine = step.getByRole('combobox', { name: fr.mapping.lineLabel('name', 'C') });
    expect(await selectedLabel(nameLine)).toBe(fr.mapping.target('company'));
    expect(await selectedLabel(step.getByRole('combobox', { name: fr.mapping.lineLabel('customernumber', 'A') }))).toBe(
      fr.mapping.target('code'),
    );
    const overflow = await pane.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(resultsDir, 'real-export-1-dropped.png') });

    // 2. The engine reads "name" as Société (wrong: it holds people); the user corrects it to « Nom complet », which splits it, and applies.
    await nameLine.selectOption({ label: fr.mapping.target('fullName') });
    await nameLine.screenshot({ path: path.join(resultsDir, 'real-export-2-full-name.png') });
    await step.screenshot({ path: path.join(resultsDir, 'real-export-2-step.png') });
    await step.getByRole('button', { name: fr.mapping.apply }).click();
    const report = pane.getByRole('region', { name: fr.importer.reportLabel });
    await report.getByText(summaryLine('lxoffice-customers-a', 3, 0)).waitFor();
    await pane.screenshot({ path: path.join(resultsDir, 'real-export-3-validated.png') });

    // 3. « Valeurs à corriger »: Suise → Suisse for all rows, written in the sheet, which validates again.
    const fixes = report.getByRole('region', { name: fr.importer.valueFixes.title });
    // The suggestion is already chosen for the three cells (so « Accepter les suggestions » has nothing left to do).
    expect(await selectedLabel(fixes.getByRole('combobox', { name: /Suise/ }))).toMatch(/Suisse/);
    await fixes.screenshot({ path: path.join(resultsDir, 'real-export-4-value-fixes.png') });
    await fixes.getByRole('button', { name: fr.importer.valueFixes.apply }).click();
    await report.getByText(summaryLine('lxoffice-customers-a', 3, 3)).waitFor();
    await fixes.waitFor({ state: 'detached' });
    await pane.screenshot({ path: path.join(resultsDir, 'real-export-5-fixed.png') });

    // 4. One-click import: three clients created, split into first and last names, in Suisse.
    await pane.getByRole('button', { name: fr.importer.importButton }).click();
    const summary = pane.getByRole('region', { name: fr.importer.importSummaryLabel });
    await summary.getByText(fr.importer.importSummary({ created: 3, updated: 0, unchanged: 0, failed: 0, notImported: 0 })).waitFor();
    await pane.screenshot({ path: path.join(resultsDir, 'real-export-6-imported.png') });
    const first = await storeClients();
    expect(first.total).toBe(3);
    expect(first.items.map(({ firstName, lastName, country }) => [firstName, lastName, country]).sort()).toEqual([
      ['Anna', 'Keller', 'CH'],
      ['Marc', 'Rochat', 'CH'],
      ['Sophie', 'Favre', 'CH'],
    ]);

    // 5. A second export with the same headers: the remembered mapping applies without the user touching anything.
    await dropCsv(page, 'lxoffice-customers-b.csv');
    await pane.getByText(fr.importer.fileOpened('lxoffice-customers-b')).waitFor();
    await pane.getByText(fr.mapping.remembered, { exact: false }).first().waitFor();
    await report.getByText(summaryLine('lxoffice-customers-b', 2, 2)).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'real-export-7-remembered.png') });
    await pane.getByRole('button', { name: fr.importer.importButton }).click();
    await summary.getByText(fr.importer.importSummary({ created: 2, updated: 0, unchanged: 0, failed: 0, notImported: 0 })).waitFor();
    const second = await storeClients();
    expect(second.total).toBe(5);
    expect(
      second.items
        .filter((client) => client.lastName === 'Berset' || client.lastName === 'Morand')
        .map((c) => c.firstName)
        .sort(),
    ).toEqual(['Luc', 'Léa']);
    await pane.screenshot({ path: path.join(resultsDir, 'real-export-8-second-imported.png') });
    expect(bench?.pageErrors).toEqual([]);
    expect(bench?.routed.blocked).toEqual([]);
    await page.close();
  }, 180_000);
});
