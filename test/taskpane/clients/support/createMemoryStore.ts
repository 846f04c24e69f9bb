import type { StoreClient } from '@/api-client/createStoreClient';
import { StoreClientError } from '@/api-client/StoreClientError';
import type { Client } from '@/contract/Client';
import type { ClientVersion } from '@/contract/ClientHistory';
import { DUPLICATE_CANDIDATES_MAX, type DuplicateCandidate } from '@/contract/DuplicateCandidate';
import type { DuplicatePair } from '@/contract/DuplicatePairs';
import {
  blockingKeys,
  COLUMN_KEYS,
  describeIssue,
  describeMatchReasons,
  findDuplicatePairs,
  isForeignClient,
  ISSUE_SEVERITY,
  matchClients,
  matchProfile,
  normalizeClientValues,
  probeKeys,
  type ClientValues,
  type ColumnKey,
} from '@/domain';
import { makeClient } from '@test/api-client/support/makeClient';
import { unusedStoreMethods } from '@test/api-client/support/unusedStoreMethods';

export type StoreCall = { method: keyof StoreClient; args: unknown[] };

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const words = (client: Client) =>
  [client.lastName, client.firstName, client.company, client.email, client.code, client.city]
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) =>
      fold(value)
        .split(/[^a-z0-9]+/)
        .filter(Boolean),
    );

type MemoryStoreOptions = { homeCountry?: string; clients?: Array<Partial<Client>>; tokenName?: string };

/**
 * A store in memory that behaves as the real one for the pane: search by word prefixes (accents and
 * case ignored), initial, foreign and deleted filters, cursor pages; versions with If-Match and 409 + current;
 * soft delete and restore; history; creation checked by the template engine and, unless `allowDuplicate`, by the
 * domain's duplicate rules (409 `client.possibleDuplicate` with the candidates); the form's candidates check (values
 * not yet readable left out). Records every call (with the request's signal, for the candidates check).
 */
export function createMemoryStore(options: MemoryStoreOptions = {}) {
  const homeCountry = options.homeCountry ?? 'CH';
  const by = options.tokenName ?? 'accueil';
  const clients = new Map<string, Client>();
  const history = new Map<string, ClientVersion[]>();
  const calls: StoreCall[] = [];
  let sequence = 0;
  let now = Date.parse('2026-11-27T10:00:00.000Z');
  const tick = () => new Date((now += 60_000)).toISOString();
  const foreignOf = (values: Partial<Client>) => isForeignClient(values, homeCountry);
  const notFound = () => new StoreClientError('not_found', 'not found', { status: 404 });
  const record = (id: string, version: ClientVersion) => history.set(id, [version, ...(history.get(id) ?? [])]);

  const add = (values: Partial<Client>, who = by): Client => {
    sequence += 1;
    const at = tick();
    const id = values.id ?? `c${sequence}`;
    const client = makeClient({
      id,
      createdAt: at,
      updatedAt: at,
      createdBy: who,
      updatedBy: who,
      ...values,
      code: values.code ?? `CL-${String(sequence).padStart(6, '0')}`,
    });
    client.foreign = foreignOf(client);
    clients.set(id, client);
    record(id, { version: 1, change: 'created', changedAt: at, changedBy: who, fields: [], batchId: null });
    return client;
  };
  for (const values of options.clients ?? []) add(values);

  const check = (input: Partial<Record<ColumnKey, string | null>>) => {
    const { values, problems } = normalizeClientValues(input, { homeCountry });
    const errors = problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error');
    if (errors.length > 0) {
      const fields = errors.map((problem) => ({ path: problem.key, code: problem.code, message: describeIssue(problem, 'fr') }));
      throw new StoreClientError('validation_failed', 'invalid', { status: 400, fields });
    }
    return values;
  };

  /** The active clients the values probably are, best first (the domain's rules, as the store applies them). */
  const candidatesOf = (values: ClientValues): DuplicateCandidate[] => {
    const profile = matchProfile(values);
    return [...clients.values()]
      .filter((stored) => stored.deletedAt === null)
      .flatMap((stored) => {
        const match = matchClients(profile, matchProfile(stored));
        if (match === null) return [];
        const { id, code, lastName, firstName } = stored;
        return [
          {
            id,
            code,
            lastName: lastName ?? '',
            firstName: firstName ?? '',
            ...match,
            description: describeMatchReasons(match.reasons, 'fr'),
          },
        ];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, DUPLICATE_CANDIDATES_MAX);
  };

  /** A change made by someone else (another token), as if saved from another pane. */
  const changeBehindTheBack = (id: string, values: Partial<Client>, who = 'compta'): Client => {
    const current = clients.get(id);
    if (!current) throw new Error(`no client ${id}`);
    const changed = { ...current, ...values, version: current.version + 1, updatedAt: tick(), updatedBy: who };
    changed.foreign = foreignOf(changed);
    clients.set(id, changed);
    record(id, {
      version: changed.version,
      change: 'updated',
      changedAt: changed.updatedAt,
      changedBy: who,
      fields: Object.keys(values) as ColumnKey[],
      batchId: null,
    });
    return changed;
  };

  // The duplicates already in the base, as the store finds them: the domain's rules over the active clients' blocking
  // keys, best score first then by the two ids; dismissed pairs left out; merges remembered for their undoing.
  const dismissed = new Set<string>();
  const merges = new Map<string, { before: Client; survivorVersion: number; otherVersion: number }>();
  const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
  const duplicatePairs = (): DuplicatePair[] => {
    const active = [...clients.values()].filter((candidate) => candidate.deletedAt === null);
    const subjects = active.map((candidate) => {
      const profile = matchProfile(candidate);
      return { id: candidate.id, profile, probes: probeKeys(profile), filed: blockingKeys(profile) };
    });
    const holders = new Map<string, typeof subjects>();
    for (const subject of subjects) for (const key of subject.filed) holders.set(key, [...(holders.get(key) ?? []), subject]);
    return findDuplicatePairs(subjects, holders)
      .filter((pair) => !dismissed.has(pairKey(...pair.ids)))
      .map((pair) => {
        const [a, b] = pair.ids.map((id) => clients.get(id) as Client) as [Client, Client];
        const clientsOf: [Client, Client] = a.createdAt <= b.createdAt ? [a, b] : [b, a];
        return {
          clients: clientsOf,
          score: pair.match.score,
          reasons: pair.match.reasons,
          description: describeMatchReasons(pair.match.reasons, 'fr'),
        };
      })
      .sort(
        (x, y) => y.score - x.score || pairKey(x.clients[0].id, x.clients[1].id).localeCompare(pairKey(y.clients[0].id, y.clients[1].id)),
      );
  };
  /** The store's PATCH (and a merge's survivor): the whole client checked again, a new version recorded as `change`. */
  const writeValues = (current: Client, patch: Partial<Client>, change: ClientVersion['change'], otherClient?: Client): Client => {
    const merged = { ...Object.fromEntries(COLUMN_KEYS.map((key) => [key, current[key]])), ...patch };
    const values = check(merged);
    const fields = COLUMN_KEYS.filter((key) => (values[key] ?? null) !== (current[key] ?? null));
    const at = tick();
    const updated = {
      ...current,
      ...values,
      code: values.code ?? current.code,
      version: current.version + 1,
      updatedAt: at,
      updatedBy: by,
    } as Client;
    updated.foreign = foreignOf(updated);
    clients.set(current.id, updated);
    const other = otherClient === undefined ? {} : { otherClient: { id: otherClient.id, code: otherClient.code } };
    record(current.id, { version: updated.version, change, changedAt: at, changedBy: by, fields, batchId: null, ...other });
    return updated;
  };
  /** A new version of `current` that only deletes or restores it (a merge's other client, its undoing). */
  const writeState = (current: Client, state: Partial<Client>, change: ClientVersion['change'], otherClient: Client): Client => {
    const at = tick();
    const written = { ...current, ...state, version: current.version + 1, updatedAt: at, updatedBy: by };
    clients.set(current.id, written);
    const other = { otherClient: { id: otherClient.id, code: otherClient.code } };
    record(current.id, { version: written.version, change, changedAt: at, changedBy: by, fields: [], batchId: null, ...other });
    return written;
  };

  const client: StoreClient = {
    ...unusedStoreMethods(),
    listDuplicates: async (query) => {
      calls.push({ method: 'listDuplicates', args: [query] });
      const all = duplicatePairs();
      const start = query.cursor ? Number(query.cursor) : 0;
      const limit = query.limit ?? 20;
      return { items: all.slice(start, start + limit), nextCursor: start + limit < all.length ? String(start + limit) : null };
    },
    dismissDuplicate: async (ids) => {
      calls.push({ method: 'dismissDuplicate', args: [ids] });
      if (!clients.has(ids[0]) || !clients.has(ids[1])) throw notFound();
      dismissed.add(pairKey(...ids));
    },
    mergeClients: async (id, request) => {
      calls.push({ method: 'mergeClients', args: [id, request] });
      const survivor = clients.get(id);
      const other = clients.get(request.from);
      if (!survivor || !other) throw notFound();
      if (survivor.version !== request.version || other.version !== request.fromVersion)
        throw new StoreClientError('conflict', 'stale', { status: 409, current: survivor, other });
      if (survivor.deletedAt !== null || other.deletedAt !== null)
        throw new StoreClientError('validation_failed', 'deleted', { status: 400 });
      const merged = writeState(other, { deletedAt: tick(), mergedInto: survivor.id }, 'merged', survivor);
      const kept = writeValues(survivor, request.values as Partial<Client>, 'merged', other);
      merges.set(`${id} ${other.id}`, { before: survivor, survivorVersion: kept.version, otherVersion: merged.version });
      return { client: kept, merged };
    },
    unmergeClients: async (id, fromId) => {
      calls.push({ method: 'unmergeClients', args: [id, fromId] });
      const survivor = clients.get(id);
      const other = clients.get(fromId);
      const merge = merges.get(`${id} ${fromId}`);
      if (!survivor || !other || !merge || other.mergedInto !== id) throw notFound();
      if (survivor.version !== merge.survivorVersion || other.version !== merge.otherVersion)
        throw new StoreClientError('conflict', 'changed', { status: 409, current: survivor, other });
      merges.delete(`${id} ${fromId}`);
      const before = Object.fromEntries(COLUMN_KEYS.map((key) => [key, merge.before[key] ?? null])) as Partial<Client>;
      const restoredSurvivor = writeValues(survivor, before, 'unmerged', other);
      const restored = writeState(other, { deletedAt: null, mergedInto: null }, 'unmerged', survivor);
      return { client: restoredSurvivor, restored };
    },
    health: async () => ({ status: 'ok', version: '0.1.0', database: 'sqlite' }),
    getSettings: async () => ({ homeCountry }),
    searchClients: async (search) => {
      calls.push({ method: 'searchClients', args: [search] });
      const terms = fold(search.q ?? '')
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
      const matches = [...clients.values()]
        .filter((candidate) => (candidate.deletedAt !== null) === (search.deleted === 'true'))
        .filter((candidate) => terms.every((term) => words(candidate).some((word) => word.startsWith(term))))
        .filter((candidate) => !search.letter || fold(candidate.lastName ?? '').startsWith(search.letter.toLowerCase()))
        .filter((candidate) => search.foreign === undefined || candidate.foreign === (search.foreign === 'true'))
        .sort((a, b) => fold(`${a.lastName} ${a.firstName}`).localeCompare(fold(`${b.lastName} ${b.firstName}`)));
      const start = search.cursor ? Number(search.cursor) : 0;
      const limit = Number(search.limit ?? 50);
      const items = matches.slice(start, start + limit);
      return { items, total: matches.length, nextCursor: start + limit < matches.length ? String(start + limit) : null };
    },
    getClient: async (id) => {
      calls.push({ method: 'getClient', args: [id] });
      const found = clients.get(id);
      if (!found) throw notFound();
      return found;
    },
    createClient: async (input) => {
      calls.push({ method: 'createClient', args: [input] });
      const { allowDuplicate, ...values } = input;
      const checked = check(values);
      const candidates = allowDuplicate === true ? [] : candidatesOf(checked);
      if (candidates.length > 0) throw new StoreClientError('client.possibleDuplicate', 'possible duplicate', { status: 409, candidates });
      return add(checked as Partial<Client>);
    },
    findCandidates: async (input, requestOptions = {}) => {
      calls.push({ method: 'findCandidates', args: [input, requestOptions.signal] });
      const { values, problems } = normalizeClientValues(input, { homeCountry });
      const unreadable = new Set(problems.filter((problem) => ISSUE_SEVERITY[problem.code] === 'error').map((problem) => problem.key));
      const readable = Object.fromEntries(Object.entries(values).filter(([key]) => !unreadable.has(key as ColumnKey)));
      return { candidates: candidatesOf(readable) };
    },
    updateClient: async (id, version, patch) => {
      calls.push({ method: 'updateClient', args: [id, version, patch] });
      const current = clients.get(id);
      if (!current || current.deletedAt !== null) throw notFound();
      if (current.version !== version) throw new StoreClientError('conflict', 'stale', { status: 409, current });
      return writeValues(current, patch as Partial<Client>, 'updated');
    },
    deleteClient: async (id, deleteOptions = {}) => {
      calls.push({ method: 'deleteClient', args: [id, deleteOptions.version] });
      const current = clients.get(id);
      if (!current || current.deletedAt !== null) throw notFound();
      const at = tick();
      const deleted = { ...current, deletedAt: at, version: current.version + 1, updatedAt: at, updatedBy: by };
      clients.set(id, deleted);
      record(id, { version: deleted.version, change: 'deleted', changedAt: at, changedBy: by, fields: [], batchId: null });
      return deleted;
    },
    restoreClient: async (id) => {
      calls.push({ method: 'restoreClient', args: [id] });
      const current = clients.get(id);
      if (!current || current.deletedAt === null) throw notFound();
      const at = tick();
      const restored = { ...current, deletedAt: null, version: current.version + 1, updatedAt: at, updatedBy: by };
      clients.set(id, restored);
      record(id, { version: restored.version, change: 'restored', changedAt: at, changedBy: by, fields: [], batchId: null });
      return restored;
    },
    getClientHistory: async (id) => {
      calls.push({ method: 'getClientHistory', args: [id] });
      if (!clients.has(id)) throw notFound();
      return { id, items: history.get(id) ?? [] };
    },
    importRows: async () => {
      throw new Error('importRows is not used by the Clients tab');
    },
    revertImport: async () => {
      throw new Error('revertImport is not used by the Clients tab');
    },
    getMapping: async () => {
      throw new Error('getMapping is not used by the Clients tab');
    },
    saveMapping: async () => {
      throw new Error('saveMapping is not used by the Clients tab');
    },
  };
  return { client, clients, calls, add, changeBehindTheBack, homeCountry };
}

export type MemoryStore = ReturnType<typeof createMemoryStore>;
