import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import { demoClientHeaders, demoClientRows } from '../excel-host/demoClientsSheet';
import { injectExcelHost } from './support/injectExcelHost';
import { OFFICE_TELEMETRY_FRAME, type RoutedRequests } from './support/routeOfficeJs';
import { realClientRequests } from './support/realClientRequests';
import { startBrowserBench, type BrowserBench } from './support/startBrowserBench';
import type { StoreProcess } from './support/startStoreProcess';

const repoRoot = path.resolve(__dirname, '..', '..');
const resultsDir = path.join(repoRoot, 'test-results');

// The built pane (dist-dev/, built by globalSetup) in Debian's Chromium, office.js from @microsoft/office-js,
// office.js's real Excel client answered by the protocol host over the in-memory workbook (test/officejs-host), and
// a real store process behind the pane's /api.
describe('the task pane in Chromium', () => {
  let store: StoreProcess | undefined;
  let context: BrowserContext | undefined;
  let routed: RoutedRequests;
  let token: string;
  let origin: string;
  let pageErrors: string[] = [];
  let bench: BrowserBench | undefined;

  beforeAll(async () => {
    bench = await startBrowserBench('browser-test');
    ({ store, context, routed, token } = bench);
    origin = bench.server.origin;
    pageErrors = bench.pageErrors;
  }, 120_000);

  afterAll(async () => {
    await bench?.close();
  }, 60_000);

  async function openTaskpane(): Promise<Page> {
    const page = await (context as BrowserContext).newPage();
    // About the size Excel gives a task pane.
    await page.setViewportSize({ width: 400, height: 720 });
    await injectExcelHost(page, `${origin}/taskpane.html`);
    await page.goto(`${origin}/taskpane.html`);
    return page;
  }

  it('refuses a request without a token (401), directly and through the pane origin', async () => {
    const direct = await fetch(`${store?.url}/api/v1/settings`);
    expect(direct.status).toBe(401);
    const proxied = await fetch(`${origin}/api/v1/settings`);
    expect(proxied.status).toBe(401);
    const withToken = await fetch(`${origin}/api/v1/settings`, { headers: { authorization: `Bearer ${token}` } });
    expect(withToken.status).toBe(200);
  });

  it('renders the pane in French, connected to the store, with the demo workbook active sheet', async () => {
    const page = await openTaskpane();

    await page.getByRole('tab', { name: fr.tabs.importer }).waitFor();
    expect(await page.getByRole('tab', { name: fr.tabs.clients }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    const status = page.getByRole('status', { name: fr.status.label });
    await status.getByText(fr.status.connected, { exact: true }).waitFor();
    expect(await status.textContent()).toContain(fr.status.connectedDetails('sqlite', 'CH'));

    const sheet = page.getByRole('region', { name: fr.importer.sheetLabel });
    const summary = fr.importer.sheetSummary(demoClientRows.length + 1, demoClientHeaders.length);
    await sheet.getByText(summary).waitFor();
    expect(await sheet.textContent()).toContain('Clients');

    expect(routed.officeJs).toContain('excel-web-16.00.debug.js');
    expect(await realClientRequests(page)).toMatchObject({ gaps: [] });
    expect((await realClientRequests(page)).syncs).toBeGreaterThan(0);
    expect(routed.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(resultsDir, 'taskpane.png') });
    await page.close();
  });

  it("outside Office, office.js's loader: its telemetry frame answered locally past its 3 s timer, nothing goes out", async () => {
    // taskpane.html as served, opened in a browser outside Office: office.js's loader script, no host.
    const page = await (context as BrowserContext).newPage();
    await page.setViewportSize({ width: 400, height: 720 });
    await page.goto(`${origin}/taskpane.html`);
    // office.js's logger opens its hidden telemetry iframe three seconds after loading: wait for that request.
    const frameRequest = page.waitForRequest((request) => request.url().startsWith(OFFICE_TELEMETRY_FRAME), { timeout: 15_000 });
    await page.getByRole('tab', { name: fr.tabs.importer }).waitFor();
    await frameRequest;
    await page.waitForFunction(
      (url) => Array.from(document.querySelectorAll('iframe')).some((frame) => frame.src.startsWith(url)),
      OFFICE_TELEMETRY_FRAME,
    );
    expect(routed.telemetry).toContain(OFFICE_TELEMETRY_FRAME);
    expect(routed.officeJs).toContain('office.js');
    expect(routed.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('opens preview.html: the in-memory workbook as a grid beside the connected pane', async () => {
    const page = await (context as BrowserContext).newPage();
    await page.goto(`${origin}/preview.html`);

    const grid = page.getByRole('grid', { name: 'Clients' });
    await grid.waitFor();
    const firstClient = demoClientRows[0] as unknown[];
    await grid.getByText(String(firstClient[2]), { exact: true }).waitFor();
    expect(await grid.getByText(String(demoClientHeaders[2]), { exact: true }).isVisible()).toBe(true);

    const pane = page.getByRole('complementary');
    await pane.getByRole('tab', { name: fr.tabs.importer }).waitFor();
    await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
    await pane.getByRole('region', { name: fr.importer.sheetLabel }).getByText('Clients').first().waitFor();
    await page.getByText(/le vrai client office\.js/).waitFor();
    const requests = await realClientRequests(page);
    expect(requests.gaps).toEqual([]);
    expect(requests.syncs).toBeGreaterThan(0);

    expect(routed.blocked).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.screenshot({ path: path.join(resultsDir, 'preview.png') });
    await page.close();
  });
});
