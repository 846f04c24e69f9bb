import type { Page } from 'playwright-core';

const OFFICE_JS_TAG = /<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[^>]*><\/script>/;

/** The page's HTML with `<script src="excel-host.js">` right after office.js's script tag. */
export function insertExcelHostScript(html: string): string {
  const match = OFFICE_JS_TAG.exec(html);
  if (!match) throw new Error('taskpane.html ne charge pas office.js depuis le CDN / does not load office.js from the CDN');
  const end = match.index + match[0].length;
  return `${html.slice(0, end)}\n    <script src="excel-host.js"></script>${html.slice(end)}`;
}

/** Serves `pageUrl` with the in-memory Excel host injected after office.js (the way the pane will meet Excel). */
export async function injectExcelHost(page: Page, pageUrl: string): Promise<void> {
  await page.route(pageUrl, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: insertExcelHostScript(await response.text()) });
  });
}
