import path from 'node:path';
import type { Locator } from 'playwright-core';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import type { Client } from '@/contract/Client';
import { fr } from '@/taskpane/i18n/fr';
import { seriousViolations } from './support/axe';
import { primaryButtons } from './support/paneChecks';
import { resultsDir, startBrowserBench, type BrowserBench } from './support/startBrowserBench';

const texts = fr.clients;
const warning = texts.twinWarning;

/** A create request of the pane and the store's answer. */
type CreateRequest = { allowDuplicate: boolean | undefined; status: number };

// The preview page (dist-dev/, built by globalSetup) in Debian's Chromium against a real store, the pane as narrow as
// Excel makes it: « Nouveau client » with Marie Dupont's twin typed (her names the other way round, the same birth
// date) shows « Ce client existe peut-être déjà » with her; « Ouvrir la fiche » opens her profile (after the
// unsaved-changes question); back, the twin typed again, « Enregistrer le client » (double-clicked) is refused and
// the warning stays; « Créer quand même » creates it.
describe('« Nouveau client » warns before creating a twin, on the preview page', () => {
  let bench: BrowserBench | undefined;
  let api: StoreClient;
  let marie: Client;

  beforeAll(async () => {
    bench = await startBrowserBench('accueil');
    api = createStoreClient({ storeUrl: bench.store.url, token: bench.token });
    marie = await api.createClient({
      lastName: 'Dupont',
      firstName: 'Marie',
      birthDate: '1980-05-01',
      email: 'marie.dupont@exemple.ch',
      city: 'Genève',
    });
    await api.createClient({ lastName: 'Keller', firstName: 'Hans', birthDate: '1980-05-01', email: 'hans.keller@exemple.ch' });
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('shows the stored client as typed, opens her profile, refuses the save and creates it anyway', async () => {
    const context = (bench as BrowserBench).context;
    const page = await context.newPage();
    const creates: CreateRequest[] = [];
    let candidateChecks = 0;
    page.on('response', (response) => {
      const request = response.request();
      const { pathname } = new URL(request.url());
      if (request.method() !== 'POST') return;
      if (pathname === '/api/v1/clients/candidates') candidateChecks += 1;
      if (pathname === '/api/v1/clients')
        creates.push({
          allowDuplicate: (request.postDataJSON() as { allowDuplicate?: boolean }).allowDuplicate,
          status: response.status(),
        });
    });
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.goto(`${bench?.server.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.evaluate((element) => {
      (element as HTMLElement).style.width = '350px';
    });
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.getByRole('tab', { name: fr.tabs.clients }).click();
    const panel = pane.getByRole('tabpanel');
    const openMarie = panel.getByRole('button', { name: warning.openLabel(`Dupont Marie (${marie.code})`) });

    const typeTwin = async () => {
      await panel.getByRole('button', { name: texts.find.addClient }).click();
      await panel.getByRole('form', { name: texts.form.createTitle }).waitFor();
      await panel.getByRole('checkbox', { name: texts.form.saveBox }).check();
      await panel.getByRole('textbox', { name: texts.fields.lastName, exact: true }).fill('Marie');
      await panel.getByRole('textbox', { name: texts.fields.firstName, exact: true }).fill('Dupont');
      await panel.getByRole('textbox', { name: texts.fields.email, exact: true }).fill('m.dupont@autre.ch');
      await panel.getByLabel(texts.fields.birthDate, { exact: true }).fill('1980-05-01');
    };
    const candidateLines = (scope: Locator) => scope.getByRole('listitem').allTextContents();

    // 1. The twin typed: the warning with Marie Dupont (not Hans Keller, born the same day), her code and why.
    await typeTwin();
    await panel.getByText(warning.title, { exact: true }).waitFor();
    await openMarie.waitFor();
    const bar = panel.locator('.fui-MessageBar').filter({ hasText: warning.title });
    expect(await candidateLines(bar)).toEqual([`Dupont Marie (${marie.code})même nom et même date de naissance${warning.open}`]);
    expect(candidateChecks).toBeGreaterThan(0);
    expect(await panel.getByRole('button', { name: warning.createAnyway }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await primaryButtons(page, panel)).toEqual([texts.form.saveClient]);
    await bar.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: path.join(resultsDir, 'form-duplicates-350-1-warning.png') });

    // 2. « Ouvrir la fiche »: the values typed would be lost, so the pane asks first; then her profile.
    await openMarie.click();
    const dialog = page.getByRole('alertdialog', { name: /^Abandonner les modifications/ });
    await dialog.getByRole('button', { name: texts.form.discard }).click();
    await panel.getByRole('heading', { name: 'Marie Dupont' }).waitFor();
    await panel.getByRole('button', { name: texts.profile.details }).waitFor();
    expect(creates).toEqual([]);

    // 3. Back; the twin typed again; « Enregistrer le client » double-clicked: refused, the values and the warning stay.
    await panel.getByRole('button', { name: texts.profile.back }).click();
    await typeTwin();
    await openMarie.waitFor();
    const save = panel.getByRole('button', { name: texts.form.saveClient, exact: true });
    await save.scrollIntoViewIfNeeded();
    const saveBox = await save.boundingBox();
    if (saveBox === null) throw new Error('« Enregistrer le client » is not drawn');
    const pointer = { x: saveBox.x + saveBox.width / 2, y: saveBox.y + saveBox.height / 2 };
    await save.dblclick();
    const createAnyway = panel.getByRole('button', { name: warning.createAnyway });
    await createAnyway.waitFor();
    await panel.getByText(warning.refused, { exact: true }).waitFor();
    // What is now where « Enregistrer le client » was: text (or the button itself), never « Créer quand même » or a link.
    const underPointer = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button, a')?.textContent ?? null,
      pointer,
    );
    expect([null, texts.form.saveClient]).toContain(underPointer);
    expect(creates.length).toBeGreaterThan(0);
    expect(creates.every((request) => request.status === 409 && request.allowDuplicate === undefined)).toBe(true);
    expect(await panel.getByRole('textbox', { name: texts.fields.lastName, exact: true }).inputValue()).toBe('Marie');
    expect((await api.searchClients({ q: 'dupont' })).total).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await primaryButtons(page, panel)).toEqual([texts.form.saveClient]);
    await createAnyway.scrollIntoViewIfNeeded();
    await pane.screenshot({ path: path.join(resultsDir, 'form-duplicates-350-2-refused.png') });

    // 4. « Créer quand même »: created (allowDuplicate), her twin beside her in the base.
    const refusals = creates.length;
    await createAnyway.click();
    await panel.getByText(/^La fiche de Marie Dupont est enregistrée \(code CL-\d+\)\.$/).waitFor();
    expect(creates.slice(refusals)).toEqual([{ allowDuplicate: true, status: 201 }]);
    const found = await api.searchClients({ q: 'dupont' });
    expect(found.items.map((client) => [client.lastName, client.firstName, client.birthDate])).toEqual([
      ['Dupont', 'Marie', '1980-05-01'],
      ['Marie', 'Dupont', '1980-05-01'],
    ]);
    expect(bench?.pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
