import type { StoreClient } from '@/api-client/createStoreClient';
import { StoreClientError } from '@/api-client/StoreClientError';
import { countRowResults, type ImportResponse } from '@/contract/ImportResponse';
import type { RevertResponse } from '@/contract/RevertResponse';
import type { RowResult } from '@/contract/RowResult';
import type { StoreSettings } from '@/excel/settingsStorage';
import type { PaneApi } from '@/taskpane/services/PaneServices';
import { makeClient } from '@test/api-client/support/makeClient';
import { unusedStoreMethods } from '@test/api-client/support/unusedStoreMethods';

type StoredClient = {
  id: string;
  code: string;
  values: Record<string, unknown>;
  deleted: boolean;
  previous: Record<string, unknown> | null;
};

export type ImportingStore = PaneApi & {
  clients: StoredClient[];
  /** Every import request: its key and rows. */
  imports: { key: string | undefined; rows: number[] }[];
  reverts: string[];
  /** The next import calls fail: 'network' (the batch may or may not be applied) or a refusal. */
  failNext: (how: 'network_after_apply' | 'network' | 'refuse', times?: number) => void;
  /** Called before each import answers (tests cancel from here). */
  beforeAnswer: (hook: (() => void | Promise<void>) | null) => void;
};

/** A new row whose name and birth date or postal code an active client has is its probable twin (`detectTwins`). */
function twinsOf(clients: readonly StoredClient[], values: Record<string, unknown>): StoredClient[] {
  const same = (key: string, client: StoredClient) =>
    values[key] !== null && values[key] !== undefined && values[key] !== '' && client.values[key] === values[key];
  return clients.filter(
    (client) =>
      !client.deleted && same('lastName', client) && same('firstName', client) && (same('birthDate', client) || same('postalCode', client)),
  );
}

/**
 * A store behind the pane's `api` port that imports as the real one does, in memory: upsert by code, else email;
 * codes CL-000001…; the same Idempotency-Key replays the first answer; revert deletes created clients and
 * restores updated ones. Health and settings answer for any settings. With `detectTwins`, a row that would create a
 * client with the name and birth date (or postal code) of an active one answers `duplicate` (unless `createAnyway`),
 * and `lookupClients` answers by code.
 */
export function createImportingStore({ detectTwins = false }: { detectTwins?: boolean } = {}): ImportingStore {
  const clients: StoredClient[] = [];
  const imports: ImportingStore['imports'] = [];
  const reverts: string[] = [];
  const answers = new Map<string, ImportResponse>();
  const batches = new Map<string, { id: string; action: 'created' | 'updated' }[]>();
  let failures: ('network_after_apply' | 'network' | 'refuse')[] = [];
  let hook: (() => void | Promise<void>) | null = null;
  let nextBatch = 1;

  const apply = (request: Parameters<StoreClient['importRows']>[0]): ImportResponse => {
    const batchId = `batch-${nextBatch++}`;
    const touched: { id: string; action: 'created' | 'updated' }[] = [];
    const results: RowResult[] = request.rows.map(({ row, values, createAnyway }) => {
      const code = typeof values.code === 'string' && values.code !== '' ? values.code : null;
      const email = String(values.email ?? '').toLowerCase();
      const found = clients.find(
        (client) => !client.deleted && (code ? client.code === code : String(client.values.email).toLowerCase() === email),
      );
      if (code && !found)
        return { row, status: 'failed', id: null, code: null, errors: [{ path: 'code', code: 'match.notFound', message: 'code inconnu' }] };
      const { code: _code, ...rest } = values;
      if (found) {
        const changed = Object.entries(rest).some(([key, value]) => found.values[key] !== value);
        if (!changed) return { row, status: 'unchanged', id: found.id, code: found.code, version: 1, errors: [] };
        found.previous = { ...found.values };
        found.values = { ...found.values, ...rest };
        touched.push({ id: found.id, action: 'updated' });
        return { row, status: 'updated', id: found.id, code: found.code, version: 2, errors: [] };
      }
      const twins = detectTwins && createAnyway !== true && request.onDuplicate !== 'create' ? twinsOf(clients, rest) : [];
      if (twins.length > 0)
        return {
          row,
          status: 'duplicate',
          id: null,
          code: null,
          errors: [{ path: 'lastName', code: 'duplicate.probable', message: 'doublon probable' }],
          candidates: twins.map((twin) => ({
            id: twin.id,
            code: twin.code,
            lastName: String(twin.values.lastName),
            firstName: String(twin.values.firstName),
            score: twin.values.birthDate === rest.birthDate ? 0.92 : 0.8,
            reasons: [twin.values.birthDate === rest.birthDate ? ('sameNameBirthDate' as const) : ('sameNamePostalCode' as const)],
            description: 'même nom',
          })),
        };
      const client = {
        id: `id-${clients.length + 1}`,
        code: `CL-${String(clients.length + 1).padStart(6, '0')}`,
        values: rest,
        deleted: false,
        previous: null,
      };
      clients.push(client);
      touched.push({ id: client.id, action: 'created' });
      return { row, status: 'created', id: client.id, code: client.code, version: 1, errors: [] };
    });
    batches.set(batchId, touched);
    return { batchId, mode: request.mode ?? 'upsert', results, counts: countRowResults(results) };
  };

  const connect = (_settings: StoreSettings): StoreClient => ({
    ...unusedStoreMethods(),
    health: async () => ({ status: 'ok', version: '0.1.0', database: 'sqlite' }),
    getSettings: async () => ({ homeCountry: 'CH' }),
    importRows: async (request, options = {}) => {
      imports.push({ key: options.idempotencyKey, rows: request.rows.map((row) => row.row) });
      await hook?.();
      if (options.signal?.aborted) throw new StoreClientError('aborted', 'aborted');
      const failure = failures.shift();
      if (failure === 'refuse') throw new StoreClientError('internal', 'refused', { status: 500 });
      if (failure === 'network') throw new StoreClientError('unreachable', 'unreachable');
      const key = options.idempotencyKey;
      const replay = key === undefined ? undefined : answers.get(key);
      const response = replay ?? apply(request);
      if (key !== undefined) answers.set(key, response);
      if (failure === 'network_after_apply') throw new StoreClientError('unreachable', 'unreachable');
      return response;
    },
    lookupClients: async ({ codes = [] }) => {
      const found = clients.filter((client) => !client.deleted && codes.includes(client.code));
      return {
        clients: found.map((client) => makeClient({ ...client.values, id: client.id, code: client.code })),
        deleted: [],
        missing: { codes: codes.filter((code) => !found.some((client) => client.code === code)), ids: [] },
        bases: [],
      };
    },
    revertImport: async (batchId): Promise<RevertResponse> => {
      reverts.push(batchId);
      const reverted = (batches.get(batchId) ?? []).map(({ id, action }) => {
        const client = clients.find((candidate) => candidate.id === id);
        if (!client) throw new Error(`no client ${id}`);
        if (action === 'created') client.deleted = true;
        else if (client.previous) client.values = client.previous;
        return { id, code: client.code, action: action === 'created' ? ('deleted' as const) : ('restored' as const) };
      });
      return { batchId, reverted, skipped: [] };
    },
  });

  return {
    connect,
    loadLocalStoreConfig: async () => null,
    clients,
    imports,
    reverts,
    failNext: (how, times = 1) => {
      failures = Array.from({ length: times }, () => how);
    },
    beforeAnswer: (next) => {
      hook = next;
    },
  };
}
