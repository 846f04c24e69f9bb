import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStoreClient, type StoreClient } from '@/api-client/createStoreClient';
import { IMPORT_BATCH_MAX_ROWS } from '@/contract/ImportRequest';
import { SEARCH_DEBOUNCE_MS } from '@/taskpane/clients/useDebouncedValue';
import { fr } from '@/taskpane/i18n/fr';
import { launchChromium } from '../test/browser/support/chromium';
import { getFreePort } from '../test/browser/support/getFreePort';
import { routeOfficeJs } from '../test/browser/support/routeOfficeJs';
import { startStaticServer } from '../test/browser/support/startStaticServer';
import { startStoreProcess } from '../test/browser/support/startStoreProcess';

const repoRoot = path.resolve(__dirname, '..');
const CLIENTS = 100_000;
const QUERIES = 50;

const lastNames = [
  'Dupont',
  'Dupré',
  'Duprat',
  'Martin',
  'Keller',
  'Müller',
  'Favre',
  'Rochat',
  'Bernasconi',
  'Meier',
  'Schmid',
  'Weber',
  'Huber',
  'Fischer',
  'Gerber',
  'Brunner',
  'Baumann',
  'Frei',
  'Zimmermann',
  'Moser',
  'Widmer',
  'Wyss',
  'Graf',
  'Roth',
  'Bonvin',
  'Perrin',
  'Morel',
  'Girard',
  'Mercier',
  'Blanc',
  'Rey',
  'Python',
  'Jaquet',
  'Chappuis',
  'Pittet',
  'Rossi',
  'Bianchi',
  'Ferrari',
  'Colombo',
  'Lombardi',
  'Diop',
  'Ndiaye',
  'Sall',
  'Fall',
  'Gomez',
  'Garcia',
  'Lopez',
  'Silva',
  'Santos',
  'Ferreira',
  'Nguyen',
  'Tran',
  'Kovac',
  'Novak',
  'Horvat',
  'Berisha',
  'Krasniqi',
  'Gashi',
  'Yilmaz',
  'Kaya',
  'Demir',
  'Andersen',
  'Hansen',
  'Larsen',
  'Dubois',
  'Lefèvre',
  'Lambert',
  'Fontaine',
  'Chevalier',
  'Robin',
];
const firstNames = [
  'Marie',
  'Jean',
  'Luc',
  'Anne',
  'Hans',
  'Sophie',
  'Julien',
  'Thomas',
  'Chiara',
  'Pierre',
  'Élodie',
  'Fatou',
  'Moussa',
  'Awa',
  'Laura',
  'Nicolas',
  'Sarah',
  'David',
  'Léa',
  'Marc',
  'Nina',
  'Paul',
  'Céline',
  'Urs',
  'Ruth',
  'Beat',
  'Vreni',
  'Giulia',
  'Marco',
  'Ana',
];

function clientRow(index: number) {
  const lastName = lastNames[index % lastNames.length] ?? 'Nom';
  const firstName = firstNames[Math.floor(index / lastNames.length) % firstNames.length] ?? 'Prénom';
  return {
    lastName,
    firstName,
    email: `client${index}@bench.example.ch`,
    city: index % 3 === 0 ? 'Genève' : index % 3 === 1 ? 'Lausanne' : 'Zürich',
  };
}

async function seed(api: StoreClient): Promise<void> {
  for (let start = 0; start < CLIENTS; start += IMPORT_BATCH_MAX_ROWS) {
    const rows = Array.from({ length: Math.min(IMPORT_BATCH_MAX_ROWS, CLIENTS - start) }, (_, offset) => ({
      row: start + offset + 2,
      values: clientRow(start + offset),
    }));
    const response = await api.importRows({ mode: 'create', rows }, { idempotencyKey: `bench-clients-${start}` });
    const failed = response.results.find((result) => result.status === 'failed');
    if (failed) throw new Error(`seeding: row ${failed.row} failed: ${JSON.stringify(failed.errors)}`);
  }
}

/** 50 searches people type: a last name's start, or a last name and a first name's start. */
function queries(): string[] {
  const list: string[] = [];
  for (let index = 0; list.length < QUERIES; index += 1) {
    const lastName = lastNames[(index * 7) % lastNames.length] ?? 'Dupont';
    const firstName = firstNames[(index * 11) % firstNames.length] ?? 'Marie';
    list.push(index % 2 === 0 ? lastName.slice(0, 4).toLowerCase() : `${lastName.toLowerCase()} ${firstName.slice(0, 3).toLowerCase()}`);
  }
  return list;
}

/**
 * In the page (as source text: tsx's helpers do not exist there): note the last keystroke in the
 * pane, and the first moment its count and first row show the expected answer.
 */
function watchScript(countText: string, firstText: string): string {
  return `(() => {
    const countText = ${JSON.stringify(countText)};
    const firstText = ${JSON.stringify(firstText)};
    globalThis.__lastKey = 0;
    globalThis.__shown = 0;
    const pane = document.querySelector('aside');
    const handleKey = () => { globalThis.__lastKey = performance.now(); };
    pane.addEventListener('keydown', handleKey, true);
    const observer = new MutationObserver(() => {
      const status = pane.querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
      const option = pane.querySelector('[role="option"][aria-posinset="1"]')?.textContent ?? '';
      if (globalThis.__shown === 0 && status.startsWith(countText) && option.startsWith(firstText)) {
        globalThis.__shown = performance.now();
        observer.disconnect();
        pane.removeEventListener('keydown', handleKey, true);
      }
    });
    observer.observe(pane, { subtree: true, childList: true, characterData: true });
  })()`;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * The Clients tab in Chromium (development build of the preview page) over a store of 100,000
 * clients (SQLite): for 50 queries, the time from the last keystroke to the count and the first
 * result on screen, minus the debounce. Budget: p95 under 100 ms.
 */
export async function benchClientsSearch(): Promise<string[]> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'suivi-clients-bench-'));
  const port = await getFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const store = await startStoreProcess(origin);
  let cleanup: Array<() => Promise<void>> = [() => store.stop()];
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'development', '--output-path', outDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const token = await store.createToken('bench');
    const api = createStoreClient({ storeUrl: store.url, token, policy: { timeoutMs: 120_000 } });
    await seed(api);
    const server = await startStaticServer({ root: outDir, storeUrl: store.url, token, port });
    const { context, userDataDir } = await launchChromium();
    cleanup = [() => context.close(), async () => rmSync(userDataDir, { recursive: true, force: true }), () => server.close(), ...cleanup];
    context.setDefaultTimeout(60_000);
    await routeOfficeJs(context, origin);
    const page = await context.newPage();
    await page.goto(`${server.origin}/preview.html`);
    const pane = page.getByRole('complementary');
    await pane.getByRole('tab', { name: fr.tabs.clients }).click();
    await pane.getByText(fr.clients.find.count(CLIENTS)).waitFor();
    const search = pane.getByRole('searchbox', { name: fr.clients.find.searchLabel });
    const latencies: number[] = [];
    for (const query of queries()) {
      const expected = await api.searchClients({ q: query, limit: 1 });
      const first = expected.items[0];
      const countText = fr.clients.find.count(expected.total);
      const firstText = first ? `${first.lastName} ${first.firstName}` : '';
      await search.fill('');
      await pane.getByText(fr.clients.find.count(CLIENTS)).waitFor();
      // In the page: note the last keystroke, and the first moment the count and the first row show this query's answer.
      await page.evaluate(watchScript(countText, firstText));
      await search.pressSequentially(query);
      await page.waitForFunction('globalThis.__shown > 0');
      const times = (await page.evaluate('({ __lastKey: globalThis.__lastKey, __shown: globalThis.__shown })')) as {
        __lastKey: number;
        __shown: number;
      };
      const sinceLastKey = times.__shown - times.__lastKey;
      // Shown before the debounce ran out would mean an earlier, partial query matched: not a measurement.
      if (sinceLastKey < SEARCH_DEBOUNCE_MS)
        throw new Error(`"${query}": shown ${sinceLastKey.toFixed(1)} ms after the last key, before the debounce`);
      latencies.push(sinceLastKey - SEARCH_DEBOUNCE_MS);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    return [
      `pane.clients_search.p50 ${percentile(sorted, 50).toFixed(1)} ms`,
      `pane.clients_search.p95 ${p95.toFixed(1)} ms`,
      `pane.clients_search.budget_ratio ${(p95 / 100).toFixed(2)} x`,
    ];
  } finally {
    for (const step of cleanup) await step().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
  }
}
