import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import type { Client } from '@/contract/Client';
import type { ImportRow } from '@/contract/ImportRequest';
import { clientTemplate, formatSheetDay, templateCellValue } from '@/domain';
import { fr } from '@/taskpane/i18n/fr';
import { benchRow, makeRandom } from '../../bench/storeBenchData';
import { expectNoSeriousViolations } from './support/axe';
import { openPreviewPage } from './support/openPreviewPage';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import { textSource } from './support/summaryLine';

const today = formatSheetDay(new Date(), 'fr');
const texts = fr.importer.duplicates;

type PageWorkbook = {
  sheet: (name: string) => { getValues: (address: string) => unknown[][]; setValues: (values: unknown[][], address: string) => void };
};

function sheetValues(page: Page, address: string): Promise<unknown[][]> {
  return page.evaluate(
    (range) =>
      (globalThis as unknown as { __excelHost: { workbook: PageWorkbook } }).__excelHost.workbook.sheet('Clients').getValues(range),
    address,
  );
}

function setSheetValues(page: Page, rows: unknown[][], address: string): Promise<void> {
  return page.evaluate(
    ([data, at]) =>
      (globalThis as unknown as { __excelHost: { workbook: PageWorkbook } }).__excelHost.workbook.sheet('Clients').setValues(data, at),
    [rows, address] as const,
  );
}

/** How long a step over the 1,000 rows may take on a busy machine (a wait, not an assertion). */
const SLOW_MS = 180_000;

/**
 * Waits for the summary's counts line of the import (or of the choices applied) to start with its "Créés" count, then
 * checks the whole line: a failure shows the counts the pane has, not a timeout.
 */
async function expectCounts(summary: Locator, counts: { created: number; updated: number; duplicate: number }): Promise<void> {
  const expected = fr.importer.importSummary({ ...counts, unchanged: 0, failed: 0, notImported: 0 });
  const line = summary.getByRole('heading', { level: 3 });
  await line.getByText(new RegExp(`^${textSource(expected.slice(0, expected.indexOf(' ·')))} `)).waitFor({ timeout: SLOW_MS });
  expect((await line.innerText()).replace(/\s/g, ' ')).toBe(expected.replace(/\s/g, ' '));
}

/** A bench person as a template row of the sheet (template order, empty cells ''). */
const templateRow = (row: ImportRow) => clientTemplate.map((column) => row.values[column.key] ?? '');
const column = (key: string) => clientTemplate.findIndex((entry) => entry.key === key);
const letter = (index: number) => String.fromCharCode(65 + index);

// The "Done when", on the preview page against a real store (SQLite): the store holds 200 clients; a sheet of
// 1,000 rows of which 100 are stored clients under another e-mail (same name and birth date, no phone) is imported: none
// of the 100 is created, each is listed with its candidate; « C'est le même client » on one updates that client (its
// phone kept), « Créer quand même » on another creates it, « Ignorer pour tous » for the rest; then the import is undone.
describe('probable duplicates at import, on the preview page', () => {
  let bench: BrowserBench | undefined;
  let api: StoreClient;
  const random = makeRandom(13);
  /** The stored clients, by bench index (0–199). */
  const stored: Client[] = [];
  /** Sheet row k (0–999): every tenth the stored client k / 10 under another e-mail, the others new people (200–1099). */
  const sheet = Array.from({ length: 1000 }, (_, k): { row: ImportRow; twinOf: number | null } => {
    const twin = k % 10 === 0 ? k / 10 : null;
    const person = benchRow(twin ?? 200 + k, random);
    const values = twin === null ? person.values : { ...person.values, email: `autre.${twin}@exemple.ch`, phone: null, mobile: null };
    return { row: { row: k + 2, values }, twinOf: twin };
  });
  const twinRows = sheet.filter((entry) => entry.twinOf !== null);

  beforeAll(async () => {
    bench = await startBrowserBench('accueil');
    api = createStoreClient({ storeUrl: bench.store.url, token: bench.token });
    const seed = Array.from({ length: 200 }, (_, i) => benchRow(i, random));
    const response = await api.importRows({ rows: seed });
    expect(response.counts.created).toBe(200);
    const found = await api.lookupClients({ codes: response.results.map((result) => (result.status === 'created' ? result.code : '')) });
    stored.push(...found.clients);
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  const total = async () => (await api.searchClients({ limit: 1 })).total;

  it('creates none of the 100, lists each with its candidate, and applies « même client », « créer quand même », « ignorer pour tous »', async () => {
    const { page, pane } = await openPreviewPage(bench as BrowserBench);
    await setSheetValues(
      page,
      sheet.map((entry) => templateRow(entry.row)),
      'A2',
    );

    // 1. The import: 900 created, the 100 answered as probable duplicates, not created.
    await pane.getByRole('button', { name: fr.importer.importButton }).click();
    const summary = pane.getByRole('region', { name: fr.importer.importSummaryLabel });
    await expectCounts(summary, { created: 900, updated: 0, duplicate: 100 });
    expect(await total()).toBe(1100);
    expect((await api.searchClients({ q: 'autre.' })).total).toBe(0);

    // 2. The sheet: no code for the 100, « Doublon probable de CL-… » naming each one's stored client.
    const statusLetter = letter(clientTemplate.length);
    expect((await sheetValues(page, `${statusLetter}1:${statusLetter}1`))[0]?.[0]).toBe('Statut import');
    const statuses = (await sheetValues(page, `${statusLetter}2:${statusLetter}1001`)).map(([value]) => value);
    const codes = (await sheetValues(page, 'A2:A1001')).map(([value]) => value);
    for (const [k, entry] of sheet.entries()) {
      if (entry.twinOf === null) {
        expect([k, statuses[k]]).toEqual([k, `Créé le ${today}`]);
        continue;
      }
      expect([k, codes[k], statuses[k]]).toEqual([k, '', `Doublon probable de ${stored[entry.twinOf]?.code}`]);
    }

    // 3. The list: each of the 100 rows with its stored client beside it.
    const list = summary.getByRole('region', { name: texts.title(100) });
    const items = list.locator('li[aria-label]');
    expect(await items.count()).toBe(100);
    const listed = await items.evaluateAll((elements) => elements.map((element) => element.textContent ?? ''));
    for (const [index, entry] of twinRows.entries()) {
      const client = stored[entry.twinOf as number] as Client;
      expect(listed[index]).toContain(`${client.code} ${client.lastName} ${client.firstName}, probable à`);
      expect(listed[index]).toContain('même nom et même date de naissance');
    }

    // 4. A narrow task pane (350 px): the first rows of the list, read as the user reads them.
    await page.locator('aside').evaluate((aside) => {
      (aside as HTMLElement).style.width = '350px';
    });
    const first = twinRows[0] as (typeof twinRows)[number];
    const firstClient = stored[0] as Client;
    const firstItem = list.getByRole('listitem', { name: texts.row(first.row.row, `${firstClient.lastName} ${firstClient.firstName}`) });
    const box = await page.locator('aside').boundingBox();
    await list.getByRole('heading', { name: texts.title(100) }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(resultsDir, 'import-duplicates-1-list.png'), clip: box ?? undefined });
    await firstItem.evaluate((item) => item.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(resultsDir, 'import-duplicates-2-row.png'), clip: box ?? undefined });
    await expectNoSeriousViolations(page, 'liste des doublons probables');

    // 5. « C'est le même client » on the first, « Créer quand même » on the second; applied.
    await firstItem.getByRole('radio', { name: texts.same }).check();
    const second = twinRows[1] as (typeof twinRows)[number];
    const secondClient = stored[1] as Client;
    const secondItem = list.getByRole('listitem', {
      name: texts.row(second.row.row, `${secondClient.lastName} ${secondClient.firstName}`),
    });
    await secondItem.getByRole('radio', { name: texts.create }).check();
    await list.getByRole('button', { name: texts.apply(2) }).click();
    await expectCounts(summary, { created: 901, updated: 1, duplicate: 98 });
    // The stored client updated from the row: the row's e-mail, its phone kept (the row has none).
    const updated = await api.getClient(firstClient.id);
    expect(updated).toMatchObject({ email: 'autre.0@exemple.ch', phone: firstClient.phone, birthDate: firstClient.birthDate, version: 2 });
    expect(firstClient.phone).not.toBeNull();
    // The other created: a new client with the row's e-mail, the stored one untouched.
    expect(await total()).toBe(1101);
    const created = (await api.searchClients({ q: 'autre.1@exemple.ch' })).items;
    expect(created).toHaveLength(1);
    expect(created[0]?.code).not.toBe(secondClient.code);
    expect(await api.getClient(secondClient.id)).toMatchObject({ email: secondClient.email, version: 1 });
    // The sheet: the first row takes its client's code and stored phone, the second its new code.
    const phoneLetter = letter(column('phone'));
    expect(await sheetValues(page, `A${first.row.row}:A${first.row.row}`)).toEqual([[firstClient.code]]);
    expect(await sheetValues(page, `${phoneLetter}${first.row.row}:${phoneLetter}${first.row.row}`)).toEqual([
      [templateCellValue('phone', firstClient.phone ?? null)],
    ]);
    expect(await sheetValues(page, `${statusLetter}${first.row.row}:${statusLetter}${first.row.row}`)).toEqual([
      [`Mis à jour le ${today}`],
    ]);
    expect(await sheetValues(page, `A${second.row.row}:A${second.row.row}`)).toEqual([[created[0]?.code]]);
    expect(await sheetValues(page, `${statusLetter}${second.row.row}:${statusLetter}${second.row.row}`)).toEqual([[`Créé le ${today}`]]);

    // 6. « Ignorer pour tous » for the 98 left: nothing created, the list goes, the sheet keeps « Doublon probable ».
    const left = summary.getByRole('region', { name: texts.title(98) });
    await left.getByRole('button', { name: texts.ignoreAll }).click();
    await left.getByRole('button', { name: texts.apply(98) }).click();
    await summary.getByRole('region', { name: new RegExp(textSource(texts.title(98))) }).waitFor({ state: 'detached' });
    expect(await total()).toBe(1101);
    const third = twinRows[2] as (typeof twinRows)[number];
    expect(await sheetValues(page, `${statusLetter}${third.row.row}:${statusLetter}${third.row.row}`)).toEqual([
      [`Doublon probable de ${stored[2]?.code}`],
    ]);
    await page.screenshot({ path: path.join(resultsDir, 'import-duplicates-3-applied.png'), clip: box ?? undefined });

    // 7. « Annuler cet import » undoes the rows of the choices too: the created ones removed, the updated one restored.
    await summary.getByRole('button', { name: fr.importer.revertImport }).click();
    const undone = summary.getByText(new RegExp(`^(${textSource(fr.importer.reverted(902, 0).slice(0, 15))}|L.annulation)`));
    await undone.waitFor({ timeout: SLOW_MS });
    expect(await undone.innerText()).toBe(fr.importer.reverted(902, 0));
    expect(await total()).toBe(200);
    expect(await api.getClient(firstClient.id)).toMatchObject({ email: firstClient.email, phone: firstClient.phone });
    // Every code the import wrote is emptied again (created rows removed), the « même client » row's too.
    expect((await sheetValues(page, 'A2:A1001')).every(([code]) => code === '')).toBe(true);
    expect((bench as BrowserBench).pageErrors).toEqual([]);
  }, 600_000);
});
