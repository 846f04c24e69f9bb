import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const officeJsDist = path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN_PREFIX = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

export type RoutedRequests = { officeJs: string[]; blocked: string[] };

/**
 * No network: office.js and every file it loads from its CDN folder come from @microsoft/office-js/dist;
 * any other request that leaves `allowedOrigin` is aborted and recorded.
 */
export async function routeOfficeJs(context: BrowserContext, allowedOrigin: string): Promise<RoutedRequests> {
  const routed: RoutedRequests = { officeJs: [], blocked: [] };
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
    routed.blocked.push(url);
    await route.abort('blockedbyclient');
  });
  return routed;
}
