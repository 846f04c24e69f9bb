import type { Page } from 'playwright-core';

export type RealClientRequests = {
  /** Requests office.js's client sent to the protocol host (its cleanups included). */
  syncs: number;
  requestBytes: number;
  /** APIs the protocol host could not answer: a browser test asserts none. */
  gaps: string[];
};

/**
 * What the page's real office.js client asked of the protocol host (window.__officeJsHost, set by
 * test/officejs-host/startPageExcel.ts). Fails when the page runs on the model alone: the browser tests run the real client.
 */
export async function realClientRequests(page: Page): Promise<RealClientRequests> {
  const requests = await page.evaluate(() => {
    const host = (globalThis as { __officeJsHost?: { stats: { syncs: number; requestBytes: number }; gaps: string[] } | null })
      .__officeJsHost;
    return host ? { syncs: host.stats.syncs, requestBytes: host.stats.requestBytes, gaps: [...host.gaps] } : null;
  });
  if (!requests) throw new Error("the page does not run office.js's real client (window.__officeJsHost is not set)");
  return requests;
}
