import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const officeJsDist = path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN_PREFIX = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/**
 * Where office.js sends telemetry of its own, outside its CDN folder. office.js's logger
 * (o15apptofilemappingtable.js, `ULSEndpointProxy`) opens a hidden iframe on `telemetryproxy.html` three
 * seconds after loading, and the Aria / OTel sinks post to `*.pipe.aria.microsoft.com`. The tests answer them
 * here, locally: an empty page for the frame (it never says "ProxyFrameReadyToLog", so office.js keeps its logs
 * in its buffer) and 204 for the posts. Nothing leaves the machine.
 */
export const OFFICE_TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
const ARIA_COLLECTOR = /^https:\/\/[a-z]+\.pipe\.aria\.microsoft\.com\//;

export type RoutedRequests = {
  /** Files served from @microsoft/office-js/dist, relative to its CDN folder. */
  officeJs: string[];
  /** office.js's telemetry requests, answered locally. */
  telemetry: string[];
  /** Every other request that would have left the test's origin: aborted. */
  blocked: string[];
};

/** How office.js's own telemetry requests are answered, or undefined for any other URL. */
export function officeTelemetryAnswer(url: string): { status: number; contentType: string; body: string } | undefined {
  if (url.split(/[?#]/)[0] === OFFICE_TELEMETRY_FRAME) {
    return { status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>telemetry (local)</title>' };
  }
  if (ARIA_COLLECTOR.test(url)) return { status: 204, contentType: 'text/plain', body: '' };
  return undefined;
}

/**
 * No network: office.js and every file it loads from its CDN folder come from @microsoft/office-js/dist,
 * office.js's own telemetry is answered locally, and any other request that leaves `allowedOrigin` is aborted
 * and recorded.
 */
export async function routeOfficeJs(context: BrowserContext, allowedOrigin: string): Promise<RoutedRequests> {
  const routed: RoutedRequests = { officeJs: [], telemetry: [], blocked: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${allowedOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
      await route.fallback();
      return;
    }
    if (url.startsWith(CDN_PREFIX)) {
      const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN_PREFIX).pathname.length));
      const file = path.resolve(officeJsDist, relative);
      if (file.startsWith(officeJsDist + path.sep) && existsSync(file) && statSync(file).isFile()) {
        routed.officeJs.push(relative);
        const contentType = file.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream';
        await route.fulfill({ status: 200, contentType, body: readFileSync(file) });
        return;
      }
      await route.fulfill({ status: 404, body: 'not in @microsoft/office-js/dist' });
      return;
    }
    const telemetry = officeTelemetryAnswer(url);
    if (telemetry) {
      routed.telemetry.push(url);
      await route.fulfill(telemetry);
      return;
    }
    routed.blocked.push(url);
    await route.abort('blockedbyclient');
  });
  return routed;
}
