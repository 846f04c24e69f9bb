import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from './chromium';
import { getFreePort } from './getFreePort';
import { routeOfficeJs, type RoutedRequests } from './routeOfficeJs';
import { startStaticServer, type StaticServer } from './startStaticServer';
import { startStoreProcess, type StoreProcess } from './startStoreProcess';

const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Where the browser tests save their screenshots. */
export const resultsDir = path.join(repoRoot, 'test-results');

/** How long a browser test waits for something to appear on the page. */
export const WAIT_MS = 20_000;

export type BrowserBench = {
  store: StoreProcess;
  server: StaticServer;
  context: BrowserContext;
  routed: RoutedRequests;
  /** The token the pane is configured with (served as /local-store.json). */
  token: string;
  /** Errors thrown by the pages' scripts. */
  pageErrors: string[];
  close: () => Promise<void>;
};

/**
 * What every browser test stands on: a real store process, the development build (dist-dev/, built by
 * globalSetup) served with /local-store.json and /api proxied to the store, and Debian's Chromium with
 * office.js served locally and every other outside request blocked.
 */
export async function startBrowserBench(tokenName: string, tokenLabel?: string): Promise<BrowserBench> {
  mkdirSync(resultsDir, { recursive: true });
  const port = await getFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const store = await startStoreProcess(origin);
  let server: StaticServer | undefined;
  let browser: { context: BrowserContext; userDataDir: string } | undefined;
  const close = async () => {
    await browser?.context.close().catch(() => undefined);
    if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
    await server?.close();
    await store.stop();
  };
  try {
    const token = await store.createToken(tokenName, tokenLabel);
    server = await startStaticServer({ root: path.join(repoRoot, 'dist-dev'), storeUrl: store.url, token, port });
    browser = await launchChromium();
    const { context } = browser;
    context.setDefaultTimeout(WAIT_MS);
    const routed = await routeOfficeJs(context, origin);
    const pageErrors: string[] = [];
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    return { store, server, context, routed, token, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
