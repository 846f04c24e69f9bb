import type { Page } from 'playwright-core';

const OFFICE_JS_TAG = /<script[^>]+src="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[^>]*><\/script>/;

/**
 * office.js's Excel-on-the-web client, as Excel on the web's loader script brings it in (served locally by
 * routeOfficeJs from @microsoft/office-js/dist), then the protocol host that answers it (test/officejs-host).
 */
export const EXCEL_WEB_BUILD = 'https://appsforoffice.microsoft.com/lib/1/hosted/excel-web-16.00.debug.js';

/**
 * The page's HTML with office.js's loader script replaced by the Excel-on-the-web build and the protocol host
 * (`officejs-host.js`): the loader, outside Office, has no host to shake hands with; the build is what it would load
 * in Excel on the web, and the host stands in for Excel's side of the handshake and of every request.
 */
export function insertExcelHostScript(html: string): string {
  const match = OFFICE_JS_TAG.exec(html);
  if (!match) throw new Error('taskpane.html ne charge pas office.js depuis le CDN / does not load office.js from the CDN');
  const end = match.index + match[0].length;
  const scripts = `<script src="${EXCEL_WEB_BUILD}"></script>\n    <script src="officejs-host.js"></script>`;
  return `${html.slice(0, match.index)}${scripts}${html.slice(end)}`;
}

/** Serves `pageUrl` with the real office.js client and its protocol host in place of office.js's loader. */
export async function injectExcelHost(page: Page, pageUrl: string): Promise<void> {
  await page.route(pageUrl, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: insertExcelHostScript(await response.text()) });
  });
}
