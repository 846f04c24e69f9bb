import { runStoreCli } from './runStoreCli';

// `npm run store -- serve|token …`: see storeUsage.ts.
void runStoreCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
