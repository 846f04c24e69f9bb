import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`apt-get install -y chromium`): the browser tests never download one. */
export const chromiumPath = '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const chromiumMissingMessage = `Chromium introuvable (${chromiumPath}) : apt-get install -y chromium / Chromium not found: apt-get install -y chromium`;

/** Throws, with the install command, when Debian's Chromium is missing: the browser test fails, it never skips. */
export function assertChromiumInstalled(): void {
  if (!existsSync(chromiumPath)) throw new Error(chromiumMissingMessage);
}

/** Headless Chromium with a fresh profile in a temp folder (returned so the caller can delete it). */
export async function launchChromium(): Promise<{ context: BrowserContext; userDataDir: string }> {
  assertChromiumInstalled();
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'suivi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    locale: 'fr-CH',
    viewport: { width: 1280, height: 800 },
  });
  return { context, userDataDir };
}
