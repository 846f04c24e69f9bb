import { sql, type Kysely, type Transaction } from 'kysely';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import { DUPLICATE_CANDIDATES_MAX } from '@/contract/DuplicateCandidate';
import {
  describeMatchReasons,
  matchClients,
  MATCHED_KEYS,
  matchKeyNumber,
  matchKeySets,
  matchProfile,
  type ClientValues,
  type DuplicateMatch,
  type Language,
  type MatchProfile,
} from '@/domain';
import type { DB } from '../db/schema';
import { chunked, clientColumns, takesRowLocks, type StoredValues, type WriteContext } from './clientRepository';

type Database = Kysely<DB> | Transaction<DB>;

/** The lock rows of client_match_locks (the migration writes them): a key's bucket is its hash modulo this. */
const LOCK_BUCKETS = 1024;

/** A client's blocking keys (domain: blockingKeys over matchProfile). */
export function clientMatchKeys(values: ClientValues): string[] {
  return matchFacts(values).keys;
}

/**
 * What the duplicate check reads of a client, computed once and carried: its match profile, the blocking keys it is
 * filed under (`keys`) and those its candidates are looked up with (`probes`: each candidate is filed under one).
 */
export type MatchFacts = { profile: MatchProfile; keys: string[]; probes: string[] };

export function matchFacts(values: ClientValues): MatchFacts {
  const profile = matchProfile(values);
  const { filed, probes } = matchKeySets(profile);
  return { profile, keys: filed, probes };
}

/**
 * Keeps client_match_keys in step with a client's values, set-based, inside the write's transaction: `before` null
 * inserts the keys of `after` (a creation, a restore), `after` null deletes those of `before` (a delete: deleted clients
 * are no candidates), both: deletes the keys it lost and inserts those it gained.
 */
export async function replaceMatchKeys(
  context: WriteContext,
  clientId: string,
  before: StoredValues | null,
  after: StoredValues | null,
): Promise<void> {
  const old = new Set(before === null ? [] : clientMatchKeys(before));
  const next = new Set(after === null ? [] : clientMatchKeys(after));
  const lost = [...old].filter((key) => !next.has(key));
  const gained = [...next].filter((key) => !old.has(key));
  if (lost.length > 0)
    await context.trx
      .deleteFrom('client_match_keys')
      .where('client_id', '=', clientId)
      .where('key', 'in', lost.map(matchKeyNumber))
      .execute();
  await insertMatchKeys(context, matchKeyRows(clientId, gained));
}

/** A row of client_match_keys: a client filed under a key's number. */
export type MatchKeyRow = { key: number; client_id: string };

/** The client_match_keys rows that file a client under `keys` (each stored as its number: matchKeyNumber). */
export function matchKeyRows(clientId: string, keys: readonly string[]): MatchKeyRow[] {
  return keys.map((key) => ({ key: matchKeyNumber(key), client_id: clientId }));
}

/**
 * Files clients under their keys, inside the write's transaction. PostgreSQL: one statement whatever the number of
 * rows, the keys and the ids as two arrays (`unnest`: a batch's ~7,000 keys are two parameters, not 14,000 to parse
 * and plan); SQLite: the prepared insert run per row (RowInserter).
 */
export async function insertMatchKeys(context: WriteContext, rows: readonly MatchKeyRow[]): Promise<void> {
  if (rows.length === 0) return;
  if (!takesRowLocks(context.trx)) return context.insertRows(context.trx, 'client_match_keys', rows);
  const keys = rows.map((row) => String(row.key));
  const ids = rows.map((row) => row.client_id);
  await sql`insert into client_match_keys (key, client_id) select * from unnest(${keys}::bigint[], ${ids}::text[])`.execute(context.trx);
}

/**
 * The keys among `keys` that more than `max` clients are filed under (counted on the index, no client read): one
 * statement per 500 keys.
 */
export async function crowdedKeys(db: Database, keys: readonly string[], max: number): Promise<Set<string>> {
  const byNumber = keysByNumber(keys);
  const crowded = new Set<string>();
  for (const chunk of chunked([...byNumber.keys()], 500)) {
    const counts = await db
      .selectFrom('client_match_keys')
      .select(['key', sql<number>`count(*)`.as('holders')])
      .where('key', 'in', chunk)
      .groupBy('key')
      .having(sql<number>`count(*)`, '>', max)
      .execute();
    for (const row of counts) for (const key of byNumber.get(Number(row.key)) ?? []) crowded.add(key);
  }
  return crowded;
}

/** Each distinct key's number, with the keys that have it (one, but for a hash collision). */
function keysByNumber(keys: readonly string[]): Map<number, string[]> {
  const byNumber = new Map<number, string[]>();
  for (const key of keys) {
    const number = matchKeyNumber(key);
    const known = byNumber.get(number);
    if (known === undefined) byNumber.set(number, [key]);
    else if (!known.includes(key)) known.push(key);
  }
  return byNumber;
}

/** A stored client as the matching rules see it. */
export type StoredCandidate = { id: string; code: string; lastName: string; firstName: string; profile: MatchProfile };

/** What a new client's candidates are read from: the stored clients filed under each probe key. */
export type CandidateIndex = { holders: ReadonlyMap<string, readonly string[]>; clients: ReadonlyMap<string, StoredCandidate> };

/**
 * The stored (active) clients filed under one of `keys` (probe keys), with the matched columns only: two statements per
 * batch, whatever the number of rows the keys came from (a whole import batch), the keys and then the clients' ids passed
 * as one array each (PostgreSQL `unnest($1)` / `= any($1)`, SQLite `json_each`), so neither database's parameter limit
 * applies. Two statements, not a join: PostgreSQL estimates a key's holders from the whole index and, for a batch's
 * thousands of keys, would read both tables through (a hash join, ~10× slower at 100,000 clients) rather than probe the
 * two primary keys.
 */
export async function readCandidateIndex(db: Database, keys: readonly string[]): Promise<CandidateIndex> {
  const holders = new Map<string, string[]>();
  const clients = new Map<string, StoredCandidate>();
  const byNumber = keysByNumber(keys);
  if (byNumber.size === 0) return { holders, clients };
  const numbers = [...byNumber.keys()];
  const postgres = takesRowLocks(db);
  const filed = postgres
    ? await sql<{
        key: string;
        client_id: string;
      }>`select p.key, k.client_id from unnest(${numbers.map(String)}::bigint[]) as p(key) inner join client_match_keys as k on k.key = p.key`
        .execute(db)
        .then((result) => result.rows)
    : await db
        .selectFrom('client_match_keys as k')
        .select(['k.key', 'k.client_id'])
        .where(sql<boolean>`k.key in (select value from json_each(${JSON.stringify(numbers)}))`)
        .execute();
  if (filed.length === 0) return { holders, clients };
  const ids = [...new Set(filed.map((row) => row.client_id))];
  const idIn = postgres
    ? sql<boolean>`c.id = any(${ids}::text[])`
    : sql<boolean>`c.id in (select value from json_each(${JSON.stringify(ids)}))`;
  const rows = await db
    .selectFrom('clients as c')
    .select(['c.id', 'c.code', ...MATCHED_KEYS.map((key) => `c.${clientColumns[key]}` as const)])
    .where(idIn)
    .where('c.deleted_at', 'is', null)
    .execute();
  for (const row of rows) {
    const values: ClientValues = Object.fromEntries(MATCHED_KEYS.map((key) => [key, row[clientColumns[key]]]));
    clients.set(row.id, { id: row.id, code: row.code, lastName: row.last_name, firstName: row.first_name, profile: matchProfile(values) });
  }
  for (const row of filed) {
    if (!clients.has(row.client_id)) continue;
    for (const key of byNumber.get(Number(row.key)) ?? []) {
      const known = holders.get(key);
      if (known === undefined) holders.set(key, [row.client_id]);
      else known.push(row.client_id);
    }
  }
  return { holders, clients };
}

/**
 * Serialises the writes that may create a client with one of `keys` (PostgreSQL; SQLite runs one write at a time): the
 * lock rows of the keys' buckets are locked in bucket order, so a second write waits until the first commits and then
 * reads the keys it wrote (read committed), instead of both creating the same person. Call before readCandidateIndex.
 */
export async function lockMatchKeys(trx: Transaction<DB>, keys: readonly string[]): Promise<void> {
  if (!takesRowLocks(trx) || keys.length === 0) return;
  const buckets = [...new Set(keys.map(keyBucket))].sort((a, b) => a - b);
  // One statement: the rows are locked (select … for update, no new row versions written) in bucket order.
  await trx
    .selectFrom('client_match_locks')
    .select('bucket')
    .where(sql<boolean>`bucket = any(${buckets}::int[])`)
    .orderBy('bucket')
    .forUpdate()
    .execute();
}

/** FNV-1a of the key, modulo the number of lock rows. */
function keyBucket(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193) >>> 0;
  return hash % LOCK_BUCKETS;
}

/** One possible twin and how well it matches. */
export type RankedMatch<T> = { client: T; match: DuplicateMatch };

/** The clients of `others` that match `profile` (matchClients), best score first, at most DUPLICATE_CANDIDATES_MAX. */
export function rankMatches<T>(profile: MatchProfile, others: Iterable<{ client: T; profile: MatchProfile }>): RankedMatch<T>[] {
  const found: RankedMatch<T>[] = [];
  for (const other of others) {
    const match = matchClients(profile, other.profile);
    if (match !== null) found.push({ client: other.client, match });
  }
  return found.sort((a, b) => b.match.score - a.match.score).slice(0, DUPLICATE_CANDIDATES_MAX);
}

/** A candidate as the API answers it. */
export function toDuplicateCandidate(
  client: Pick<StoredCandidate, 'id' | 'code' | 'lastName' | 'firstName'>,
  match: DuplicateMatch,
  lang: Language,
): DuplicateCandidate {
  return {
    id: client.id,
    code: client.code,
    lastName: client.lastName,
    firstName: client.firstName,
    score: match.score,
    reasons: match.reasons,
    description: describeMatchReasons(match.reasons, lang),
  };
}

/** The stored candidates of values (partial: the form's check as the user types), best first: index lookups only. */
export async function findDuplicateCandidates(db: Database, values: ClientValues, lang: Language): Promise<DuplicateCandidate[]> {
  const { profile, probes } = matchFacts(values);
  if (probes.length === 0) return [];
  const index = await readCandidateIndex(db, probes);
  const others = [...index.clients.values()].map((client) => ({ client, profile: client.profile }));
  return rankMatches(profile, others).map(({ client, match }) => toDuplicateCandidate(client, match, lang));
}
