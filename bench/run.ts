// `npm run bench`: the budgets of DESIGN.md §5, one line per figure (`name value unit`).
// The store figures run on SQLite and on a throw-away PostgreSQL started here (unless DATABASE_URL is set).
import { startPostgresServer, stopPostgresServer, type PostgresServer } from '../test/server/support/postgresServer';
import { benchClientsSearch } from './clientsSearchBench';
import { benchExcel } from './excelBench';
import { benchLiveValidation } from './liveValidationBench';
import { benchPaneBundle } from './paneBundleBench';
import { benchRefresh } from './refreshBench';
import { benchStore } from './storeBench';
import { benchDuplicateCheck } from './storeBenchDuplicates';
import { BenchBudgetError, benchStoreLoad } from './storeLoadBench';
import { benchValidation } from './validationBench';

/** `postgres`: also measured on a throw-away PostgreSQL started here (unless DATABASE_URL is set). */
type Bench = { name: string; run: () => Promise<string[]>; postgres?: boolean };

const benches: Bench[] = [
  { name: 'validation', run: benchValidation },
  { name: 'validation as you type', run: benchLiveValidation },
  { name: 'excel', run: benchExcel },
  { name: 'refresh', run: benchRefresh },
  { name: 'store', run: benchStore, postgres: true },
  // The duplicate check's cost (100,000 rows with and without it): also `npm run bench -- store-duplicates` alone.
  { name: 'store-duplicates', run: benchDuplicateCheck, postgres: true },
  // Mixed traffic (search, get, patch; 16 clients, 30 s, 50,000 clients): `npm run bench -- load` alone.
  { name: 'load', run: benchStoreLoad, postgres: true },
  { name: 'pane bundle', run: benchPaneBundle },
  { name: 'clients search', run: benchClientsSearch },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = benches.filter((bench) => only.length === 0 || only.some((name) => bench.name.startsWith(name)));
  let postgres: PostgresServer | null = null;
  if (!process.env.DATABASE_URL && selected.some((bench) => bench.postgres)) {
    postgres = await startPostgresServer();
    process.env.DATABASE_URL = postgres.url;
  }
  let failed = false;
  try {
    for (const bench of selected) {
      try {
        for (const line of await bench.run()) console.log(line);
      } catch (error) {
        failed = true;
        if (error instanceof BenchBudgetError) for (const line of error.lines) console.log(line);
        console.error(`bench ${bench.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    if (postgres) stopPostgresServer(postgres);
  }
  if (failed) process.exitCode = 1;
}

void main();
