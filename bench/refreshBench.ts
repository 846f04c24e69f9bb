// "Actualiser depuis la base" on 10,000 rows: the in-memory Excel host (through office.js's real client, ExcelApi 1.17)
// and a real store over HTTP (its own process, SQLite). Anchor measured in the same run: the lookups alone (the same
// 10 batches of 1,000 codes with their versions, no sheet), so the line says what the sheet's part adds.
import { createStoreClient } from '@/api-client/createStoreClient';
import { CLIENT_LOOKUP_MAX } from '@/contract/ClientLookup';
import { IMPORT_BATCH_MAX_ROWS } from '@/contract/ImportRequest';
import { clientTemplate, versionHeader } from '@/domain';
import { refreshSheetFromStore } from '@/excel/refresh/refreshSheetFromStore';
import { createExcelHost } from '../test/excel-host/createExcelHost';
import { installExcelHost } from '../test/officejs-host/installExcelHostOverOfficeJs';
import { createBenchDatabase } from './storeBenchDatabases';
import { startBenchStoreProcess } from './storeBenchServer';

const ROWS = 10_000;
const headers = [...clientTemplate.map((column) => (column.required ? `${column.header} *` : column.header)), versionHeader];

/** Client i as the sheet was filled with it (template layout, its code), and as the store first got it. */
function clientValues(i: number): Record<string, string> {
  return {
    code: `RF-${String(i).padStart(6, '0')}`,
    title: 'Mme',
    lastName: `Nom${i}`,
    firstName: 'Anne',
    email: `refresh.${i}@example.ch`,
    phone: '022 310 45 67',
    address: 'Rue du Lac 1',
    postalCode: '1204',
    city: 'Genève',
    country: 'CH',
    language: 'fr',
  };
}

/** `npm run bench` lines for a refresh of 10,000 rows: 1 in 10 clients changed in the store, 1 in 50 rows also in the sheet. */
export async function benchRefresh(): Promise<string[]> {
  const database = await createBenchDatabase('sqlite');
  try {
    const store = await startBenchStoreProcess(database.config);
    try {
      const api = createStoreClient({ storeUrl: store.url, token: store.token, policy: { timeoutMs: 120_000 } });
      const rows = Array.from({ length: ROWS }, (_, index) => ({ row: index + 2, values: clientValues(index + 1) }));
      for (let start = 0; start < ROWS; start += IMPORT_BATCH_MAX_ROWS)
        await api.importRows({ rows: rows.slice(start, start + IMPORT_BATCH_MAX_ROWS) });
      // The store moves on: every tenth client gets a new city and mobile (version 2).
      const changed = rows.filter((_, index) => index % 10 === 0);
      for (let start = 0; start < changed.length; start += IMPORT_BATCH_MAX_ROWS)
        await api.importRows({
          rows: changed
            .slice(start, start + IMPORT_BATCH_MAX_ROWS)
            .map((row) => ({ row: row.row, values: { ...row.values, city: 'Lausanne', phone: '021 555 12 12' } })),
        });

      const sheetRows = rows.map((row, index) =>
        headers.map((header, column) => {
          if (header === versionHeader) return '1';
          const key = clientTemplate[column]?.key;
          // Every fiftieth row was also edited in the sheet (a conflict where the store changed it too).
          if (key === 'city' && index % 50 === 0) return 'Sion';
          return key === undefined ? '' : (row.values[key] ?? '');
        }),
      );
      const codes = rows.map((row) => row.values.code ?? '');
      const lookup = (request: { codes: string[]; versions: Record<string, number> }) => api.lookupClients(request);

      // Anchor: the lookups alone (warm-up first, then measured).
      const lookupsAlone = async () => {
        const start = performance.now();
        for (let first = 0; first < ROWS; first += CLIENT_LOOKUP_MAX) {
          const batch = codes.slice(first, first + CLIENT_LOOKUP_MAX);
          await lookup({ codes: batch, versions: Object.fromEntries(batch.map((code) => [code, 1])) });
        }
        return performance.now() - start;
      };
      await lookupsAlone();
      const anchorMs = await lookupsAlone();

      const host = createExcelHost({ apiSets: { ExcelApi: '1.17' } });
      host.workbook.addSheet('Clients', [headers, ...sheetRows]);
      const uninstall = installExcelHost(host);
      try {
        host.resetStats();
        const start = performance.now();
        const result = await refreshSheetFromStore({ homeCountry: 'CH', lang: 'fr', lookup, codesPerLookup: CLIENT_LOOKUP_MAX });
        const refreshMs = performance.now() - start;
        if (result.outcome !== 'refreshed') throw new Error(`refresh: ${result.outcome}`);
        const history = host.stats.history;
        const name = `refresh.${ROWS}`;
        return [
          `${name}.client office.js 1.1.110 real client over the in-memory host; store over HTTP on SQLite`,
          `${name}.lookups_alone ${Math.round(anchorMs)} ms (anchor: ${Math.ceil(ROWS / CLIENT_LOOKUP_MAX)} lookups of ${CLIENT_LOOKUP_MAX} codes with versions)`,
          `${name}.total ${Math.round(refreshMs)} ms (${(refreshMs / anchorMs).toFixed(2)}× the lookups alone)`,
          `${name}.syncs ${host.stats.syncs} syncs (${result.reads} chunks read + 2)`,
          `${name}.largest_request ${Math.max(...history.map((record) => record.requestBytes))} bytes`,
          `${name}.largest_response ${Math.max(...history.map((record) => record.responseBytes))} bytes`,
          `${name}.changes ${result.counts.updatedCells} cells updated, ${result.counts.conflictFields} conflicts`,
        ];
      } finally {
        uninstall();
      }
    } finally {
      await store.stop();
    }
  } finally {
    await database.drop();
  }
}
