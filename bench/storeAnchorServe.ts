// The bench's anchor store: `serve` as the CLI runs it (same configuration from the environment, `--port`, `--db`),
// but every write without the duplicate machinery (StoreAppOptions.duplicateDetection). For
// `npm run bench -- store-duplicates` only: a base written so has stale match keys and duplicate pairs.
import { loadStoreConfig } from '@/server/config/loadStoreConfig';
import { closeOnSignals, startStore } from '@/server/server';

async function main(): Promise<void> {
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  const port = option('--port');
  const config = loadStoreConfig(process.env, { port: port === undefined ? undefined : Number(port), db: option('--db') });
  const store = await startStore({ ...config, duplicateDetection: false });
  closeOnSignals(store);
}

void main();
