import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import { fr } from '@/taskpane/i18n/fr';
import { seriousViolations } from './support/axe';
import { alphabetLayout, primaryButtons } from './support/paneChecks';
import { startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import type { StaticServer } from './support/startStaticServer';
import type { StoreProcess } from './support/startStoreProcess';

const repoRoot = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(repoRoot, 'test-results');
const WAIT_MS = 20_000;
const texts = fr.clients;

async function chooseCountry(pane: Locator, page: Page, label: string, typed: string, name: string) {
  const combobox = pane.getByRole('combobox', { name: label, exact: true });
  await combobox.fill('');
  await combobox.pressSequentially(typed);
  await page.getByRole('option', { name, exact: true }).click();
}

// The preview page (dist-dev/, built by globalSetup) in Debian's Chromium against a real store:
// search "dup" → profile → Détails → edit → save; a conflict between two edits; a foreign client
// created and found with the filter; a client created without saving, and the store received nothing.
describe('the Clients tab on the preview page', () => {
  let store: StoreProcess | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let api: StoreClient;
  let otherPerson: StoreClient;
  let pageErrors: string[] = [];
  let bench: BrowserBench | undefined;
  const writes: string[] = [];

  beforeAll(async () => {
    bench = await startBrowserBench('accueil');
    ({ store, server, context } = bench);
    pageErrors = bench.pageErrors;
    api = createStoreClient({ storeUrl: store.url, token: bench.token });
    otherPerson = createStoreClient({ storeUrl: store.url, token: await store.createToken('compta') });
    for (const [lastName, firstName, city] of [
      ['Dupont', 'Marie', 'Genève'],
      ['Dupré', 'Élodie', 'Lausanne'],
      ['Duprat', 'Luc', 'Sion'],
      ['Martin', 'Anne', 'Fribourg'],
      ['Keller', 'Hans', 'Bern'],
    ] as const) {
      await api.createClient({
        lastName,
        firstName,
        city,
        email: `${firstName}.${lastName}@exemple.ch`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, ''),
      });
    }
    context.setDefaultTimeout(WAIT_MS);
    context.on('request', (request) => {
      if (request.url().includes('/api/v1/') && request.method() !== 'GET')
        writes.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('finds, opens, edits and saves; resolves a conflict; creates foreign and unsaved clients', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(`${server?.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.getByRole('tab', { name: fr.tabs.clients }).click();
    await pane.getByText(texts.find.count(5)).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // 1. Search "dup" with the keyboard only, open the profile with Enter.
    const search = pane.getByRole('searchbox', { name: texts.find.searchLabel });
    await search.focus();
    await page.keyboard.type('dup');
    await pane.getByText(texts.find.count(3)).waitFor();
    const list = pane.getByRole('listbox', { name: texts.find.listLabel });
    expect(await list.getByRole('option').allTextContents()).toEqual([
      expect.stringContaining('Dupont Marie'),
      expect.stringContaining('Duprat Luc'),
      expect.stringContaining('Dupré Élodie'),
    ]);
    await page.screenshot({ path: path.join(resultsDir, 'clients-1-search.png') });
    for (let presses = 0; presses < 40 && !(await list.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await pane.getByRole('heading', { name: 'Marie Dupont' }).waitFor();
    await pane.getByText(/^Version 1 · Création par accueil/).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'clients-2-profile.png') });

    // 2. Détails → edit → Enregistrer: PATCH with If-Match, back on the profile.
    await pane.getByRole('button', { name: texts.profile.details }).click();
    const city = pane.getByRole('textbox', { name: texts.fields.city, exact: true });
    await city.fill('Carouge');
    await pane.getByRole('textbox', { name: texts.fields.phone, exact: true }).fill('022 123 45 67');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(resultsDir, 'clients-3-edit.png') });
    await pane.getByRole('button', { name: texts.form.save, exact: true }).click();
    await pane.getByText(texts.form.saved).waitFor();
    await pane.getByRole('link', { name: '+41 22 123 45 67' }).waitFor();
    const dupont = (await api.searchClients({ q: 'dupont' })).items[0];
    expect(dupont).toMatchObject({ city: 'Carouge', phone: '+41221234567', version: 2, updatedBy: 'accueil' });
    await page.screenshot({ path: path.join(resultsDir, 'clients-4-saved.png') });

    // 3. A conflict: someone else saves while the form is open; see their change, overwrite.
    await pane.getByRole('button', { name: texts.profile.details }).click();
    await otherPerson.updateClient(dupont?.id ?? '', 2, { mobile: '079 123 45 67', city: 'Lancy' });
    await pane.getByRole('textbox', { name: texts.fields.notes, exact: true }).fill('Rappeler en janvier');
    await pane.getByRole('button', { name: texts.form.save, exact: true }).click();
    await pane.getByText(texts.conflict.title).waitFor();
    await pane.getByRole('button', { name: texts.form.cancel }).scrollIntoViewIfNeeded();
    await pane.getByText(texts.conflict.change(texts.fields.city, 'Carouge', 'Lancy')).waitFor();
    await pane.getByText(texts.conflict.change(texts.fields.mobile, texts.profile.empty, '+41791234567')).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'clients-5-conflict.png') });
    await pane.getByRole('button', { name: texts.conflict.overwrite }).click();
    await pane.getByText(texts.form.saved).waitFor();
    expect(await api.getClient(dupont?.id ?? '')).toMatchObject({
      city: 'Lancy',
      mobile: '+41791234567',
      notes: 'Rappeler en janvier',
      version: 4,
    });

    // 4. A foreign client (Sénégal / Sénégal), saved, then found with "Clients étrangers".
    await pane.getByRole('button', { name: texts.profile.back }).click();
    await pane.getByRole('button', { name: texts.find.addClient }).click();
    await pane.getByRole('textbox', { name: texts.fields.lastName, exact: true }).fill('Ndiaye');
    await pane.getByRole('textbox', { name: texts.fields.firstName, exact: true }).fill('Fatou');
    await pane.getByRole('textbox', { name: texts.fields.email, exact: true }).fill('fatou.ndiaye@exemple.sn');
    await chooseCountry(pane, page, texts.fields.nationality, 'Sén', 'Sénégal');
    await chooseCountry(pane, page, texts.fields.practiceCountry, 'sene', 'Sénégal');
    await pane.getByRole('checkbox', { name: texts.form.saveBox }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(resultsDir, 'clients-6-create-foreign.png') });
    // Box checked, the primary button says what it does.
    await pane.getByRole('button', { name: texts.form.saveClient, exact: true }).click();
    await pane.getByText(/^La fiche de Ndiaye Fatou est enregistrée \(code CL-\d+\)\.$/).waitFor();
    await pane.getByText(texts.profile.foreignDetails('Sénégal', 'Sénégal')).waitFor();
    await pane.getByRole('button', { name: texts.profile.back }).click();
    await search.fill('');
    await pane.getByRole('switch', { name: texts.find.foreignOnly }).click();
    await pane.getByText(texts.find.count(1)).waitFor();
    await pane.getByRole('option', { name: /Ndiaye Fatou/ }).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'clients-7-foreign-filter.png') });
    await pane.getByRole('switch', { name: texts.find.foreignOnly }).click();

    // 5. Box unchecked: nothing sent to the store; the session profile can go into the sheet.
    const writesBefore = writes.length;
    const totalBefore = (await api.searchClients({})).total;
    await pane.getByRole('button', { name: texts.find.addClient }).click();
    await pane.getByRole('textbox', { name: texts.fields.lastName, exact: true }).fill('Sall');
    await pane.getByRole('textbox', { name: texts.fields.firstName, exact: true }).fill('Moussa');
    await pane.getByRole('textbox', { name: texts.fields.email, exact: true }).fill('moussa.sall@exemple.ch');
    expect(await pane.getByRole('checkbox', { name: texts.form.saveBox }).isChecked()).toBe(false);
    await pane.getByRole('button', { name: texts.form.useWithoutSaving, exact: true }).click();
    await pane.getByText(texts.profile.sessionOnly).waitFor();
    await pane.getByRole('button', { name: texts.profile.insert }).click();
    await pane.getByText(/^1 client inséré dans la feuille «\sClients \(\d\)\s»\.$/).waitFor();
    await page.screenshot({ path: path.join(resultsDir, 'clients-8-unsaved.png') });
    // Not even the duplicate check.
    expect(writes.slice(writesBefore)).toEqual([]);
    expect((await api.searchClients({})).total).toBe(totalBefore);
    expect((await api.searchClients({ q: 'sall' })).total).toBe(0);
    // What was written (the form's duplicate check, box checked, is a POST that writes nothing).
    expect(writes.filter((write) => write !== 'POST /api/v1/clients/candidates')).toEqual([
      'PATCH /api/v1/clients/' + dupont?.id,
      'PATCH /api/v1/clients/' + dupont?.id,
      'PATCH /api/v1/clients/' + dupont?.id,
      'POST /api/v1/clients',
    ]);
    expect(pageErrors).toEqual([]);
  }, 180_000);

  it('walks the Clients screens at 320 px, axe-core on each, one primary button per view', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.goto(`${server?.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    // The pane as narrow as Excel makes it (the preview page gives it one width whatever the window).
    await pane.evaluate((element) => {
      (element as HTMLElement).style.width = '320px';
    });
    const deleted = await api.createClient({ lastName: 'Zbinden', firstName: 'Léa', city: 'Bulle', email: 'lea.zbinden@exemple.ch' });
    await api.deleteClient(deleted.id, { version: deleted.version });
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.getByRole('tab', { name: fr.tabs.clients }).click();
    const list = pane.getByRole('listbox', { name: texts.find.listLabel });
    await list.getByRole('option').first().waitFor();
    const search = pane.getByRole('searchbox', { name: texts.find.searchLabel });
    // Texts in the tab itself (the live region repeats some of them).
    const panel = pane.getByRole('tabpanel');
    const screen = async (name: string) => {
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      expect({ name, primary: await primaryButtons(page, panel) }).toEqual({ name, primary: [expect.any(String)] });
      await pane.screenshot({ path: path.join(resultsDir, `clients-320-${name}.png`) });
    };

    await screen('1-list');
    await pane.getByRole('radio', { name: texts.find.letterLabel('K') }).click();
    await list.getByRole('option', { name: /Keller Hans/ }).waitFor();
    await screen('2-letter');
    await pane.getByRole('radio', { name: texts.find.letterLabel('Y') }).click();
    await panel.getByText(texts.find.emptyTitle).waitFor();
    await screen('3-empty-filter');
    await pane.getByRole('button', { name: texts.find.removeFilter }).click();
    await list.getByRole('option', { name: /Keller Hans/ }).waitFor();

    await pane.getByRole('switch', { name: texts.find.deletedOnly }).click();
    await list.getByRole('option', { name: /Zbinden Léa/ }).waitFor();
    expect(await list.getByRole('option').count()).toBe(1);
    await screen('4-deleted-filter');
    await list.getByRole('option', { name: /Zbinden Léa/ }).click();
    await panel.getByText(/^Client supprimé le \d\d\.\d\d\.\d{4}\.$/).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Léa Zbinden');
    await screen('5-deleted-profile');
    await pane.getByRole('button', { name: texts.profile.restore }).click();
    await panel.getByText(texts.profile.restored).waitFor();
    expect((await api.getClient(deleted.id)).deletedAt).toBeNull();
    await screen('6-profile');
    await pane.getByRole('button', { name: texts.profile.back }).click();
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    await pane.getByRole('switch', { name: texts.find.deletedOnly }).click();
    await list.getByRole('option', { name: /Zbinden Léa/ }).waitFor();

    await pane.getByRole('button', { name: texts.find.addClient }).click();
    await pane.getByRole('textbox', { name: texts.fields.email, exact: true }).fill('pas-une-adresse');
    await pane.getByRole('button', { name: texts.form.useWithoutSaving, exact: true }).click();
    const summary = pane.getByRole('heading', { name: /à corriger/ });
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    await screen('7-form-errors');
    await pane.getByRole('button', { name: new RegExp(`^${texts.fields.email}`) }).click();
    expect(
      await pane.getByRole('textbox', { name: texts.fields.email, exact: true }).evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await pane.getByRole('textbox', { name: texts.fields.lastName, exact: true }).fill('Rochat');
    await pane.getByRole('textbox', { name: texts.fields.firstName, exact: true }).fill('Anne');
    await pane.getByRole('textbox', { name: texts.fields.email, exact: true }).fill('anne.rochat@exemple.ch');
    await pane.getByRole('button', { name: texts.form.useWithoutSaving, exact: true }).click();
    await panel.getByText(texts.profile.sessionOnly).waitFor();
    await screen('8-unsaved-card');
    expect((await api.searchClients({ q: 'rochat' })).total).toBe(0);
    await pane.getByRole('button', { name: texts.profile.saveNow }).click();
    await pane.getByRole('button', { name: texts.profile.details }).waitFor();
    expect((await api.searchClients({ q: 'rochat' })).items).toEqual([
      expect.objectContaining({ lastName: 'Rochat', firstName: 'Anne', email: 'anne.rochat@exemple.ch' }),
    ]);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);

  it.each([320, 450])(
    'lays out the A–Z bar in full lines at %i px (no lone letter on the last line)',
    async (width) => {
      const page = await (context as BrowserContext).newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      await page.goto(`${server?.origin}/preview.html`);
      const pane = page.getByRole('complementary');
      // The pane as wide as Excel makes it (the preview page gives it one width whatever the window).
      await pane.evaluate((element, paneWidth) => {
        (element as HTMLElement).style.width = `${paneWidth}px`;
      }, width);
      await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
      await pane.getByRole('tab', { name: fr.tabs.clients }).click();
      const bar = pane.getByRole('toolbar', { name: texts.find.alphabetLabel });
      await bar.getByRole('radio', { name: texts.find.letterLabel('Z') }).waitFor();
      const layout = await alphabetLayout(pane, bar);
      expect(layout.radios).toBe(27);
      // "Tous" takes two cells: every line holds the same number of cells, so the last one is full.
      expect(new Set(layout.cellsPerLine).size).toBe(1);
      expect(layout.cellsPerLine.length).toBeGreaterThan(1);
      expect(layout.lastLine).toBeGreaterThan(1);
      expect(layout.paneWidth).toBe(width);
      expect(layout.outside).toBe(0);
      // Large enough to hit (WCAG 2.2 target size: 24 × 24 px).
      expect(layout.tooSmall).toBe(0);
      await pane.screenshot({ path: path.join(resultsDir, `clients-alphabet-${width}.png`) });
      await page.close();
    },
    60_000,
  );
});
