import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalStoreConfig } from '@/contract/LocalStoreConfig';

export type LocalStoreConfigOutcome = 'created' | 'reused' | 'recreated';

export type EnsureLocalStoreConfigOptions = {
  /** data/local-store.json */
  file: string;
  /** The URL the pane uses for the store: the dev server's origin, which proxies /api. */
  storeUrl: string;
  isTokenAccepted: (token: string) => Promise<boolean>;
  createToken: () => Promise<string>;
};

function readExisting(file: string): LocalStoreConfig | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = LocalStoreConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomically(file: string, config: LocalStoreConfig): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}

/**
 * The local store configuration the pane is pre-configured with (`/local-store.json`).
 * Reuses the file when its token is still accepted by the store (the store URL is refreshed
 * if the dev URL changed); otherwise creates a token and writes the file.
 */
export async function ensureLocalStoreConfig(
  options: EnsureLocalStoreConfigOptions,
): Promise<{ config: LocalStoreConfig; outcome: LocalStoreConfigOutcome }> {
  const fileExisted = existsSync(options.file);
  const existing = readExisting(options.file);
  if (existing && (await options.isTokenAccepted(existing.token))) {
    const config = { storeUrl: options.storeUrl, token: existing.token };
    if (existing.storeUrl !== options.storeUrl) writeAtomically(options.file, config);
    return { config, outcome: 'reused' };
  }
  const config = { storeUrl: options.storeUrl, token: await options.createToken() };
  writeAtomically(options.file, config);
  return { config, outcome: fileExisted ? 'recreated' : 'created' };
}
