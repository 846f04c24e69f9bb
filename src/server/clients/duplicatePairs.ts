import type { Kysely, Transaction } from 'kysely';
import type { DismissDuplicateRequest, DuplicatePair, DuplicatePairList, DuplicatePairsQuery } from '@/contract/DuplicatePairs';
import { DUPLICATE_PAIRS_PAGE_DEFAULT } from '@/contract/DuplicatePairs';
import {
  describeMatchReasons,
  DUPLICATE_KEY_HOLDERS_MAX,
  findDuplicatePairs,
  hasCleanCharacters,
  MATCH_REASONS,
  type Language,
  type MatchProfile,
  type MatchReason,
} from '@/domain';
import type { ClientRow, DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { fieldMessage, mergeMessages } from '../i18n/serverMessages';
import { chunked, findClientsByKeys, rowToClient, type StoredValues, type WriteContext } from './clientRepository';
import { crowdedKeys, matchFacts, readCandidateIndex } from './clientMatchKeys';

type Database = Kysely<DB> | Transaction<DB>;

/**
 * The probable pairs of the base are derived data, like the match keys: table duplicate_pairs holds every pair of
 * active clients that share a blocking key and that the domain's rules match (findDuplicatePairs), with its score and
 * reasons. Every write that changes a client's matched values, deletes or restores it calls refreshDuplicatePairs in
 * its transaction (insertClients, updateClientRow), so listing a page is one index range (bounded work, whatever the
 * size of the base). A write scores its client against at most DUPLICATE_KEY_HOLDERS_MAX holders per key: a key held
 * by more clients (a switchboard number) is counted, not read, and makes no pairs.
 * Known limit: two concurrent writes (PostgreSQL) that make two clients match each other each read the other as it was
 * before, so their pair is missed until one of them is written again.
 */
export async function refreshDuplicatePairs(
  context: WriteContext,
  subjects: readonly { id: string; values: StoredValues | null }[],
  { created = false }: { created?: boolean } = {},
): Promise<void> {
  if (subjects.length === 0 || context.duplicateDetection === false) return;
  const ids = subjects.map((subject) => subject.id);
  // New clients have no pairs yet: nothing to delete.
  if (!created)
    for (const chunk of chunked(ids, 500))
      await context.trx
        .deleteFrom('duplicate_pairs')
        .where((eb) => eb.or([eb('client_a', 'in', chunk), eb('client_b', 'in', chunk)]))
        .execute();
  const active = subjects.flatMap((subject) => {
    if (subject.values === null) return [];
    const { profile, probes } = matchFacts(subject.values);
    return [{ id: subject.id, profile, probes }];
  });
  const holders = await readKeyHolders(context.trx, [...new Set(active.flatMap((subject) => subject.probes))]);
  const rows = findDuplicatePairs(active, holders).map((pair) => ({
    client_a: pair.ids[0],
    client_b: pair.ids[1],
    rank: rankOf(pair.match.score),
    reasons: JSON.stringify(pair.match.reasons),
  }));
  await context.insertRows(context.trx, 'duplicate_pairs', rows);
}

/** 1000 − the score in thousandths: ascending rank is best score first, so the list's order is one ascending index. */
function rankOf(score: number): number {
  return 1000 - Math.round(score * 1000);
}

/**
 * The active holders of each key with their profiles; keys held by more than DUPLICATE_KEY_HOLDERS_MAX clients are
 * counted first (an index range, no client read) and left out.
 */
async function readKeyHolders(db: Database, keys: readonly string[]): Promise<Map<string, { id: string; profile: MatchProfile }[]>> {
  const holders = new Map<string, { id: string; profile: MatchProfile }[]>();
  if (keys.length === 0) return holders;
  const crowded = await crowdedKeys(db, keys, DUPLICATE_KEY_HOLDERS_MAX);
  const index = await readCandidateIndex(
    db,
    keys.filter((key) => !crowded.has(key)),
  );
  for (const [key, ids] of index.holders) {
    const list = ids.flatMap((id) => {
      const client = index.clients.get(id);
      return client === undefined ? [] : [{ id, profile: client.profile }];
    });
    holders.set(key, list);
  }
  return holders;
}

// Listing --------------------------------------------------------------------------------------

type PairCursor = { rank: number; a: string; b: string };

/**
 * GET /api/v1/duplicates: the pairs best score first, then by the two ids (a stable order, so a page starts strictly
 * after the cursor's pair and no pair is listed twice nor lost between pages); dismissed pairs left out. One index
 * range of `limit` + 1 pairs (plus the dismissed ones it skips) and one read of their clients.
 */
export async function listDuplicatePairs(db: Kysely<DB>, query: DuplicatePairsQuery, lang: Language): Promise<DuplicatePairList> {
  const limit = query.limit ?? DUPLICATE_PAIRS_PAGE_DEFAULT;
  const cursor = query.cursor === undefined ? undefined : decodePairCursor(query.cursor, lang);
  let select = db
    .selectFrom('duplicate_pairs as p')
    .select(['p.client_a', 'p.client_b', 'p.rank', 'p.reasons'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('dismissed_duplicates as d')
            .select('d.client_a')
            .whereRef('d.client_a', '=', 'p.client_a')
            .whereRef('d.client_b', '=', 'p.client_b'),
        ),
      ),
    );
  if (cursor !== undefined)
    select = select.where((eb) => eb(eb.refTuple('p.rank', 'p.client_a', 'p.client_b'), '>', eb.tuple(cursor.rank, cursor.a, cursor.b)));
  const rows = await select
    .orderBy('p.rank')
    .orderBy('p.client_a')
    .orderBy('p.client_b')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const clients = new Map(
    (await findClientsByKeys(db, { ids: page.flatMap((row) => [row.client_a, row.client_b]) })).map((row) => [row.id, row]),
  );
  const items: DuplicatePair[] = [];
  for (const row of page) {
    const a = clients.get(row.client_a);
    const b = clients.get(row.client_b);
    // A pair holds active clients only (a delete removes its pairs in the same transaction).
    if (a === undefined || b === undefined || a.deleted_at !== null || b.deleted_at !== null) continue;
    const reasons = (JSON.parse(row.reasons) as string[]).filter((reason): reason is MatchReason =>
      (MATCH_REASONS as readonly string[]).includes(reason),
    );
    if (reasons.length === 0) continue;
    const [older, newer] = olderFirst(a, b);
    items.push({
      clients: [rowToClient(older), rowToClient(newer)],
      score: (1000 - Number(row.rank)) / 1000,
      reasons,
      description: describeMatchReasons(reasons, lang),
    });
  }
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > limit && last !== undefined ? encodePairCursor({ rank: Number(last.rank), a: last.client_a, b: last.client_b }) : null;
  return { items, nextCursor };
}

/** The client created first, then the other (the one a merge keeps by default first). */
function olderFirst(a: ClientRow, b: ClientRow): [ClientRow, ClientRow] {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

/** The opaque `nextCursor`: base64url of the last pair's rank and ids. */
function encodePairCursor(cursor: PairCursor): string {
  return Buffer.from(JSON.stringify([cursor.rank, cursor.a, cursor.b]), 'utf8').toString('base64url');
}

/** A cursor read back; 400 validation_failed on `querystring.cursor` when it is not one of ours. */
function decodePairCursor(text: string, lang: Language): PairCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const isId = (part: unknown): part is string =>
    typeof part === 'string' && part.length > 0 && part.length <= 64 && hasCleanCharacters(part);
  if (!Array.isArray(parsed) || parsed.length !== 3) throw cursorError(lang);
  const [rank, a, b] = parsed as unknown[];
  if (typeof rank !== 'number' || !Number.isInteger(rank) || rank < 0 || rank > 1000 || !isId(a) || !isId(b)) throw cursorError(lang);
  return { rank, a, b };
}

function cursorError(lang: Language): StoreError {
  return new StoreError('validation_failed', [
    { path: 'querystring.cursor', code: 'invalid_format', message: fieldMessage('invalid_format', {}, lang) },
  ]);
}

// Dismissing ------------------------------------------------------------------------------------

/**
 * POST /api/v1/duplicates/dismiss: the two clients are not the same person; the pair is listed no more. Idempotent (a
 * pair dismissed again stays as it was). 400 on `ids` for one client twice, 404 when either is unknown.
 */
export async function dismissDuplicatePair(context: WriteContext, request: DismissDuplicateRequest, lang: Language): Promise<void> {
  const [first, second] = request.ids;
  if (first === second)
    throw new StoreError('validation_failed', [{ path: 'ids', code: 'invalid_value', message: mergeMessages(lang).dismissSelf }]);
  const [a, b] = first < second ? [first, second] : [second, first];
  const found = await findClientsByKeys(context.trx, { ids: [a, b] });
  if (found.length !== 2) throw new StoreError('not_found');
  // A pair dismissed again (or by two requests at once) stays as it was.
  await context.trx
    .insertInto('dismissed_duplicates')
    .values({ client_a: a, client_b: b, dismissed_at: context.now, dismissed_by: context.by })
    .onConflict((oc) => oc.columns(['client_a', 'client_b']).doNothing())
    .execute();
}
