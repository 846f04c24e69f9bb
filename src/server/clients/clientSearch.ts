import { createHash } from 'node:crypto';
import { sql, type Expression, type Kysely, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { ClientList } from '@/contract/ClientList';
import type { ClientSearch } from '@/contract/ClientSearch';
import { foldText, hasCleanCharacters, type Language } from '@/domain';
import type { ClientRow, DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';
import { cursorMismatchMessage, fieldMessage } from '../i18n/serverMessages';
import { rowToClient, type StoredValues } from './clientRepository';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the select list is added per query
type ClientsQuery = SelectQueryBuilder<DB, 'clients', {}>;

/**
 * Active clients (or, with `deleted=true`, deleted ones) matching the search: every query word is the start of one of a client's folded
 * words, the folded last name starts with `letter`, foreign or not. Sorted by folded last name,
 * folded first name, id; keyset pagination (a page starts strictly after the cursor's key, so
 * clients added meanwhile never shift or repeat what was already read); `total` counts every match.
 *
 * With words: client_words (the words of active clients only, each with its client's sort key)
 * gives the matches, their order and their count. Without words: a range of the name index
 * (clients_name_active, or the foreign clients' one). Either way only the page's rows are read in
 * full. The same SQL on SQLite and PostgreSQL, hence the same results.
 */
export async function searchClients(db: Kysely<DB>, search: ClientSearch, lang: Language): Promise<ClientList> {
  const words = queryWords(search.q);
  const query = queryKey(words, search);
  const cursor = search.cursor === undefined ? undefined : decodeCursor(search.cursor, query, lang);
  // A search of punctuation alone (`%`, `_`, `'`, `*`) has no word to look for: it finds no one (not everyone).
  if (words.length === 0 && search.q !== undefined && search.q.trim().length > 0) return { items: [], total: 0, nextCursor: null };
  // client_words holds active clients only: deleted ones (few) are matched on their search_text instead.
  const { rows, total } =
    words.length === 0 || search.deleted === 'true'
      ? await browsePage(db, words, search, cursor)
      : await wordPage(db, words, search, cursor);
  const items = rows.slice(0, search.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > search.limit && last !== undefined
      ? encodeCursor({ lastName: last.last_name_folded, firstName: last.first_name_folded, id: last.id }, query)
      : null;
  return { items: items.map(rowToClient), total, nextCursor };
}

/** One more row than the page (to know whether another follows), in order, and the number of matches. */
type RowPage = { rows: ClientRow[]; total: number };

/**
 * Without words (or among deleted clients): one page walking the name index, each row carrying the
 * number of matches (an uncorrelated subquery, counted once). A page past the last match is counted apart.
 */
async function browsePage(
  db: Kysely<DB>,
  words: readonly string[],
  search: ClientSearch,
  cursor: ClientCursor | undefined,
): Promise<RowPage> {
  const filtered = () => applyFilters(db.selectFrom('clients'), words, search);
  const count = () => filtered().select((eb) => eb.fn.countAll<number | string | bigint>().as('total'));
  const rows = await afterCursor(filtered(), cursor)
    .selectAll()
    .select(count().as('total'))
    .orderBy('last_name_folded')
    .orderBy('first_name_folded')
    .orderBy('id')
    .limit(search.limit + 1)
    .execute();
  const first = rows[0];
  if (first !== undefined) return { rows, total: Number(first.total) };
  if (cursor === undefined) return { rows: [], total: 0 };
  return { rows: [], total: Number((await count().executeTakeFirstOrThrow()).total) };
}

/**
 * With words: one query finds the matching clients and their sort keys in client_words alone (one
 * b-tree range per word, intersected), counts them (a window over all of them, before the cursor
 * and the limit apply), keeps one page and only then reads those clients' rows. A page past the
 * last match has no row to carry the count: then it is counted apart.
 */
async function wordPage(
  db: Kysely<DB>,
  words: readonly string[],
  search: ClientSearch,
  cursor: ClientCursor | undefined,
): Promise<RowPage> {
  const counted = db
    .selectFrom(matchingKeys(db, words, search).as('m'))
    .select(['m.client_id as id', 'm.last_name_folded', 'm.first_name_folded'])
    .select((eb) => eb.fn.countAll<number | string | bigint>().over().as('total'));
  let page = db.selectFrom(counted.as('p')).selectAll();
  if (cursor !== undefined) {
    page = page.where((eb) =>
      eb(eb.refTuple('p.last_name_folded', 'p.first_name_folded', 'p.id'), '>', eb.tuple(cursor.lastName, cursor.firstName, cursor.id)),
    );
  }
  const keys = page
    .orderBy('p.last_name_folded')
    .orderBy('p.first_name_folded')
    .orderBy('p.id')
    .limit(search.limit + 1);
  const rows = await db
    .selectFrom(keys.as('k'))
    .innerJoin('clients', 'clients.id', 'k.id')
    .selectAll('clients')
    .select('k.total')
    .orderBy('clients.last_name_folded')
    .orderBy('clients.first_name_folded')
    .orderBy('clients.id')
    .execute();
  const first = rows[0];
  if (first !== undefined) return { rows, total: Number(first.total) };
  if (cursor === undefined) return { rows: [], total: 0 };
  const row = await db
    .selectFrom(matchingKeys(db, words, search).as('m'))
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('total'))
    .executeTakeFirstOrThrow();
  return { rows: [], total: Number(row.total) };
}

/**
 * The distinct (client_id, last_name_folded, first_name_folded) of the active clients having, for
 * every word, a word that starts with it; the initial letter applies to the sort key carried by
 * client_words; foreign or not is asked of the clients table.
 */
function matchingKeys(db: Kysely<DB>, words: readonly string[], search: ClientSearch) {
  const [first = '', ...others] = words;
  let matches = wordKeys(db, first, search);
  if (others.length === 0) matches = matches.distinct();
  for (const word of others) matches = matches.intersect(wordKeys(db, word, search));
  return matches;
}

function wordKeys(db: Kysely<DB>, prefix: string, search: ClientSearch) {
  const { lower, upper } = prefixRange(prefix);
  let query = db.selectFrom('client_words').select(['client_id', 'last_name_folded', 'first_name_folded']).where('word', '>=', lower);
  if (upper !== null) query = query.where('word', '<', upper);
  if (search.letter !== undefined) {
    const letter = prefixRange(foldText(search.letter));
    query = query.where('last_name_folded', '>=', letter.lower);
    if (letter.upper !== null) query = query.where('last_name_folded', '<', letter.upper);
  }
  if (search.foreign !== undefined) {
    const foreignIds = db
      .selectFrom('clients')
      .select('id')
      .where(sql<SqlBool>`deleted_at is null`)
      .where(search.foreign === 'true' ? sql<SqlBool>`is_foreign = 1` : sql<SqlBool>`is_foreign = 0`);
    query = query.where('client_id', 'in', foreignIds);
  }
  return query;
}

function afterCursor(query: ClientsQuery, cursor: ClientCursor | undefined): ClientsQuery {
  if (cursor === undefined) return query;
  return query.where((eb) =>
    eb(eb.refTuple('last_name_folded', 'first_name_folded', 'id'), '>', eb.tuple(cursor.lastName, cursor.firstName, cursor.id)),
  );
}

function applyFilters(query: ClientsQuery, words: readonly string[], search: ClientSearch): ClientsQuery {
  const filters: Expression<SqlBool>[] = [
    search.deleted === 'true' ? sql<SqlBool>`deleted_at is not null` : sql<SqlBool>`deleted_at is null`,
  ];
  // Folded words are letters and digits only: no LIKE wildcard can come in with them.
  for (const word of words) filters.push(sql<SqlBool>`(' ' || search_text) like ${`% ${word}%`}`);
  if (search.letter !== undefined) {
    const { lower, upper } = prefixRange(foldText(search.letter));
    filters.push(sql<SqlBool>`last_name_folded >= ${lower}`);
    if (upper !== null) filters.push(sql<SqlBool>`last_name_folded < ${upper}`);
  }
  // Literals, not parameters: the partial index of foreign clients (`is_foreign = 1`) must be provably usable.
  if (search.foreign === 'true') filters.push(sql<SqlBool>`is_foreign = 1`);
  if (search.foreign === 'false') filters.push(sql<SqlBool>`is_foreign = 0`);
  return filters.reduce((filtered, filter) => filtered.where(filter), query);
}

// Cursor ---------------------------------------------------------------------------------------

/** Where a page ended in the sort order (folded last name, folded first name, id). */
export type ClientCursor = { lastName: string; firstName: string; id: string };

/**
 * What a cursor is bound to: a short hash of the normalised query (its folded words, the letter, the foreign and deleted filters;
 * not the page size), so that a cursor read from one search is refused by another instead of paging it wrongly.
 */
export function queryKey(words: readonly string[], search: Pick<ClientSearch, 'letter' | 'foreign' | 'deleted'>): string {
  const normalised = JSON.stringify([
    [...words].sort(),
    search.letter === undefined ? null : foldText(search.letter),
    search.foreign ?? null,
    // Only when set, so the cursors of the active list keep the key they had.
    ...(search.deleted === 'true' ? ['deleted'] : []),
  ]);
  return createHash('sha256').update(normalised, 'utf8').digest('base64url').slice(0, 16);
}

/** The opaque `nextCursor`: base64url of the sort key of the page's last client and of its query's key. */
export function encodeCursor(cursor: ClientCursor, query: string): string {
  return Buffer.from(JSON.stringify([cursor.lastName, cursor.firstName, cursor.id, query]), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back; 400 validation_failed on `querystring.cursor` when it is not one of ours (its parts held to
 * the engine's character rule) or was made by another query (`invalid_value`).
 */
export function decodeCursor(text: string, query: string, lang: Language): ClientCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4 || !parsed.every((part) => typeof part === 'string' && hasCleanCharacters(part))) {
    throw cursorError('invalid_format', lang);
  }
  const [lastName, firstName, id, boundTo] = parsed as [string, string, string, string];
  if (boundTo !== query) throw cursorError('invalid_value', lang);
  return { lastName, firstName, id };
}

function cursorError(code: 'invalid_format' | 'invalid_value', lang: Language): StoreError {
  const message = code === 'invalid_format' ? fieldMessage('invalid_format', {}, lang) : cursorMismatchMessage(lang);
  return new StoreError('validation_failed', [{ path: 'querystring.cursor', code, message }]);
}

// Words ----------------------------------------------------------------------------------------

/** The keys a search looks in (a change of one of them rewrites the client's words). */
export const SEARCHED_KEYS = ['lastName', 'firstName', 'company', 'email', 'code', 'city'] as const;
/** Keys whose words are also split at inner punctuation (a code is searched from its start only). */
const SPLIT: ReadonlySet<string> = new Set(['lastName', 'firstName', 'company', 'email', 'city']);
const SPACES = /\s+/;
const INNER_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ONLY_DIGITS = /^\d+$/;

/**
 * The folded words a search prefix can match, without duplicates: each space-separated word of
 * last name, first name, company, email, code and city, folded whole (`Jean-Pierre` → `jeanpierre`,
 * `O'Neil` → `oneil`) and, when it has inner punctuation, also piece by piece (`jeanpierre`,
 * `jean`, `pierre`; an email also gives the names of its local part; a code only its whole).
 */
export function searchWords(values: Pick<StoredValues, (typeof SEARCHED_KEYS)[number]>): string[] {
  const words = new Set<string>();
  for (const key of SEARCHED_KEYS) {
    const text = values[key];
    if (!text) continue;
    for (const chunk of text.split(SPACES)) {
      const whole = foldText(chunk);
      if (whole.length === 0) continue;
      words.add(whole);
      if (!SPLIT.has(key) || !INNER_SEPARATORS.test(chunk)) continue;
      // An email's pieces: its local part only (`jean.dupont@acme.ch` → jean, dupont), not the domain.
      const pieces = key === 'email' ? chunk.slice(0, Math.max(0, chunk.lastIndexOf('@'))) : chunk;
      for (const piece of pieces.split(INNER_SEPARATORS)) {
        const folded = foldText(piece);
        // Digits alone inside a word (`jean.dupont.79@…`) are no one's search: the whole word has them.
        if (folded.length > 0 && !ONLY_DIGITS.test(folded)) words.add(folded);
      }
    }
  }
  return [...words];
}

/** The folded words of a search query (at most 8), each to be matched as a prefix. */
export function queryWords(q: string | undefined): string[] {
  if (q === undefined) return [];
  return [
    ...new Set(
      q
        .split(SPACES)
        .map(foldText)
        .filter((word) => word.length > 0),
    ),
  ].slice(0, 8);
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The range of folded words (letters a–z and digits only) that start with `prefix`:
 * `word >= lower and (upper === null or word < upper)`. A b-tree range, so an index serves it on
 * SQLite and PostgreSQL alike (`dupo` → [`dupo`, `dupp`); `az` → [`az`, `b`); `zz` → [`zz`, none)).
 */
export function prefixRange(prefix: string): { lower: string; upper: string | null } {
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === 'z') end -= 1;
  if (end === 0) return { lower: prefix, upper: null };
  const last = prefix[end - 1] ?? '';
  const next = ALPHABET[ALPHABET.indexOf(last) + 1] ?? 'z';
  return { lower: prefix, upper: prefix.slice(0, end - 1) + next };
}
