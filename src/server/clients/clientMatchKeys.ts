import { sql, type Kysely, type Transaction } from 'kysely';
import type { DuplicateCandidate } from '@/contract/DuplicateCandidate';
import { DUPLICATE_CANDIDATES_MAX } from '@/contract/DuplicateCandidate';
import {
  blockingKeys,
  describeMatchReasons,
  matchClients,
  matchProfile,
  type ClientValues,
  type ColumnKey,
  type DuplicateMatch,
  type Language,
  type MatchProfile,
} from '@/domain';
import type { DB } from '../db/schema';
import { clientColumns, takesRowLocks, type StoredValues, type WriteContext } from './clientRepository';

type Database = Kysely<DB> | Transaction<DB>;

/** The template keys the blocking keys and the matching rules read: a change of one of them changes a client's keys. */
export const MATCHED_KEYS = [
  'lastName',
  'firstName',
  'vatNumber',
  'email',
  'phone',
  'mobile',
  'postalCode',
  'birthDate',
] as const satisfies readonly ColumnKey[];

/** The lock rows of client_match_locks (the migration writes them): a key's bucket is its hash modulo this. */
const LOCK_BUCKETS = 1024;

/** A client's blocking keys (domain: blockingKeys over matchProfile). */
export function clientMatchKeys(values: ClientValues): string[] {
  return matchFacts(values).keys;
}

/** What the duplicate check reads of a client: its match profile and its blocking keys, computed once and carried. */
export type MatchFacts = { profile: MatchProfile; keys: string[] };

export function matchFacts(values: ClientValues): MatchFacts {
  const profile = matchProfile(values);
  return { profile, keys: blockingKeys(profile) };
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
    await context.trx.deleteFrom('client_match_keys').where('client_id', '=', clientId).where('key', 'in', lost).execute();
  await context.insertRows(
    context.trx,
    'client_match_keys',
    gained.map((key) => ({ key, client_id: clientId })),
  );
}

/** A stored client as the matching rules see it. */
export type StoredCandidate = { id: string; code: string; lastName: string; firstName: string; profile: MatchProfile };

/** What a new client's candidates are read from: the stored clients holding each blocking key. */
export type CandidateIndex = { holders: ReadonlyMap<string, readonly string[]>; clients: ReadonlyMap<string, StoredCandidate> };

/**
 * The stored (active) clients sharing one of `keys`, with the matched columns only: one statement per batch, whatever
 * the number of rows the keys came from (a whole import batch): the index joined with the clients, the keys passed as
 * one array (PostgreSQL `= any($1)`, SQLite `json_each`), so neither database's parameter limit applies.
 */
export async function readCandidateIndex(db: Database, keys: readonly string[]): Promise<CandidateIndex> {
  const holders = new Map<string, string[]>();
  const clients = new Map<string, StoredCandidate>();
  const unique = [...new Set(keys)];
  if (unique.length === 0) return { holders, clients };
  const keyIn = takesRowLocks(db)
    ? sql<boolean>`k.key = any(${unique}::text[])`
    : sql<boolean>`k.key in (select value from json_each(${JSON.stringify(unique)}))`;
  const rows = await db
    .selectFrom('client_match_keys as k')
    .innerJoin('clients as c', 'c.id', 'k.client_id')
    .select(['k.key', 'c.id', 'c.code', ...MATCHED_KEYS.map((key) => `c.${clientColumns[key]}` as const)])
    .where(keyIn)
    .where('c.deleted_at', 'is', null)
    .execute();
  for (const row of rows) {
    const known = holders.get(row.key);
    if (known === undefined) holders.set(row.key, [row.id]);
    else known.push(row.id);
    if (clients.has(row.id)) continue;
    const values: ClientValues = Object.fromEntries(MATCHED_KEYS.map((key) => [key, row[clientColumns[key]]]));
    clients.set(row.id, { id: row.id, code: row.code, lastName: row.last_name, firstName: row.first_name, profile: matchProfile(values) });
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
  const profile = matchProfile(values);
  const keys = blockingKeys(profile);
  if (keys.length === 0) return [];
  const index = await readCandidateIndex(db, keys);
  const others = [...index.clients.values()].map((client) => ({ client, profile: client.profile }));
  return rankMatches(profile, others).map(({ client, match }) => toDuplicateCandidate(client, match, lang));
}
