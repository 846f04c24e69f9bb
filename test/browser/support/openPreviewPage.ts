import type { Locator, Page } from 'playwright-core';
import { fr } from '@/taskpane/i18n/fr';
import type { BrowserBench } from './startBrowserBench';

export type PreviewPage = {
  page: Page;
  /** The task pane beside the grid. */
  pane: Locator;
  /** The grid of the sheet "Clients". */
  grid: Locator;
  /** A cell of the grid by its address ("C8"): its name is its address, then its text ("C2 Favre"). */
  cell: (address: string) => Locator;
};

/** A new page of the bench on the preview page (1280 × 900), once the pane says it is connected to the store. */
export async function openPreviewPage(bench: BrowserBench): Promise<PreviewPage> {
  const page = await bench.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${bench.server.origin}/preview.html`);
  const pane = page.getByRole('complementary');
  await pane.getByRole('status', { name: fr.status.label }).getByText(fr.status.connected, { exact: true }).waitFor();
  const grid = page.getByRole('grid', { name: 'Clients' });
  return { page, pane, grid, cell: (address) => grid.getByRole('gridcell', { name: new RegExp(`^${address}( |$)`) }) };
}
