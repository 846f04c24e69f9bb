import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import { fr } from '@/taskpane/i18n/fr';
import { seriousViolations } from './support/axe';
import { startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import type { StaticServer } from './support/startStaticServer';
import type { StoreProcess } from './support/startStoreProcess';

const repoRoot = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(repoRoot, 'test-results');
const WAIT_MS = 20_000;
const texts = fr.clients.duplicates;
const PANE_WIDTH = 350;

// The preview page (dist-dev/, built by globalSetup) in Debian's Chromium against a real store, the pane as narrow as
// Excel makes it: « Doublons probables » lists the base's pairs best first, « Fusionner » with a field picked, the
// notice « Fusion faite » and « Annuler la fusion », then « Pas le même client ».
describe('the « Doublons probables » view on the preview page', () => {
  let store: StoreProcess | undefined;
  let server: StaticServer | undefined;
  let context: BrowserContext | undefined;
  let api: StoreClient;
  let pageErrors: string[] = [];
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('accueil');
    ({ store, server, context } = bench);
    pageErrors = bench.pageErrors;
    api = createStoreClient({ storeUrl: store.url, token: bench.token });
    const people = [
      { lastName: 'Dupont', firstName: 'Jean', birthDate: '12.05.1975', email: 'jean.dupont@exemple.ch', city: 'Genève' },
      { lastName: 'Dupont', firstName: 'Jean', birthDate: '12.05.1975', email: 'j.dupont@gmail.com', phone: '022 310 45 67' },
      { lastName: 'Favre', firstName: 'Luc', email: 'luc.favre@exemple.ch', phone: '079 123 45 67' },
      { lastName: 'Martin', firstName: 'Anne', email: 'anne.martin@exemple.ch', phone: '079 123 45 67' },
    ];
    for (const person of people) await api.createClient({ ...person, allowDuplicate: true });
    context.setDefaultTimeout(WAIT_MS);
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  it('lists the pairs, merges one with a field picked, undoes the merge, dismisses the other pair', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 1200, height: 1000 });
    await page.goto(`${server?.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.evaluate((element, width) => {
      (element as HTMLElement).style.width = `${width}px`;
    }, PANE_WIDTH);
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.getByRole('tab', { name: fr.tabs.clients }).click();
    await pane.getByRole('button', { name: texts.open }).click();
    const list = pane.getByRole('list', { name: texts.listLabel });
    await list.getByRole('article').nth(1).waitFor();
    expect(
      await list.getByRole('article').evaluateAll((articles) => articles.map((article) => article.getAttribute('aria-label'))),
    ).toEqual([texts.pairLabel('Dupont Jean', 'Dupont Jean'), texts.pairLabel('Favre Luc', 'Martin Anne')]);
    const first = list.getByRole('article').first();
    await first.getByText(texts.score(95)).waitFor();
    await first.getByText(/même nom et même date de naissance/).waitFor();
    // Nothing wider than the pane.
    expect(await pane.evaluate((element) => element.scrollWidth <= element.clientWidth + 1)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await pane.screenshot({ path: path.join(resultsDir, 'merge-duplicates-1-list.png') });

    await first.getByRole('button', { name: texts.merge }).click();
    await pane.getByRole('heading', { name: texts.chooseTitle }).waitFor();
    const [older, newer] = (await api.listDuplicates({})).items[0]?.clients ?? [];
    if (older === undefined || newer === undefined) throw new Error('no pair');
    await pane.getByRole('radio', { name: `${newer.code} · j.dupont@gmail.com` }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await pane.screenshot({ path: path.join(resultsDir, 'merge-duplicates-2-choice.png') });
    await pane.getByRole('button', { name: texts.confirm }).click();
    await pane.getByText(texts.done(older.code, newer.code)).waitFor();
    expect(await api.getClient(older.id)).toMatchObject({ email: 'j.dupont@gmail.com', phone: '+41223104567', city: 'Genève' });
    expect(await api.getClient(newer.id)).toMatchObject({ mergedInto: older.id, deletedAt: expect.any(String) });
    await pane.screenshot({ path: path.join(resultsDir, 'merge-duplicates-3-merged.png') });

    await pane.getByRole('button', { name: texts.undo }).click();
    await pane.getByText(texts.undone).waitFor();
    expect(await api.getClient(older.id)).toMatchObject({ email: 'jean.dupont@exemple.ch', phone: null, city: 'Genève' });
    expect(await api.getClient(newer.id)).toMatchObject({ deletedAt: null });

    await list.getByRole('article').nth(1).waitFor();
    await list.getByRole('article').nth(1).getByRole('button', { name: texts.dismiss }).click();
    await list.getByRole('article').nth(1).waitFor({ state: 'detached' });
    expect((await api.listDuplicates({})).items).toHaveLength(1);
    expect(pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
