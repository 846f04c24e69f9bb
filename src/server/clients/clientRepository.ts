import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Client } from '@/contract/Client';
import { type ColumnKey, type FullClientValues } from '@/domain';
import type { RowInserter } from '../db/RowInserter';
import type { ClientRow, ClientTable, DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';

/** Who writes, when, in which transaction, for which import batch (null outside imports), with which home country. */
export type WriteContext = {
  trx: Transaction<DB>;
  insertRows: RowInserter;
  now: string;
  by: string;
  batchId: string | null;
  homeCountry: string;
  /**
   * `false`: the write keeps no match keys or duplicate pairs and checks no new client for a twin — the same writes
   * without the duplicate machinery, for the bench's anchor only (a base written so has stale keys and pairs). The
   * store's routes never set it.
   */
  duplicateDetection?: false;
};

type Database = Kysely<DB> | Transaction<DB>;

// Row mapping ----------------------------------------------------------------------------------

/** The clients table's column of each template key. */
export const clientColumns = {
  code: 'code',
  title: 'title',
  lastName: 'last_name',
  firstName: 'first_name',
  company: 'company',
  vatNumber: 'vat_number',
  email: 'email',
  phone: 'phone',
  mobile: 'mobile',
  address: 'address',
  postalCode: 'postal_code',
  city: 'city',
  country: 'country',
  nationality: 'nationality',
  practiceCountry: 'practice_country',
  language: 'language',
  birthDate: 'birth_date',
  notes: 'notes',
} as const satisfies Record<ColumnKey, keyof ClientTable>;

/** Every template value of a stored client (null when empty; `code` always set once stored). */
export type StoredValues = FullClientValues;

/** The template values of a clients row. */
export function rowValues(row: Pick<ClientTable, (typeof clientColumns)[ColumnKey]>): StoredValues {
  return {
    code: row.code,
    title: row.title,
    lastName: row.last_name,
    firstName: row.first_name,
    company: row.company,
    vatNumber: row.vat_number,
    email: row.email,
    phone: row.phone,
    mobile: row.mobile,
    address: row.address,
    postalCode: row.postal_code,
    city: row.city,
    country: row.country,
    nationality: row.nationality,
    practiceCountry: row.practice_country,
    language: row.language,
    birthDate: row.birth_date,
    notes: row.notes,
  };
}

/** A clients row as the API shows it. */
export function rowToClient(row: ClientRow): Client {
  return {
    ...rowValues(row),
    id: row.id,
    code: row.code,
    version: Number(row.version),
    foreign: Number(row.is_foreign) === 1,
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    deletedAt: row.deleted_at,
    // Only on a client merged into another (the answers of every other client stay as they were).
    ...(row.merged_into === null ? {} : { mergedInto: row.merged_into }),
  };
}

// Queries --------------------------------------------------------------------------------------

/** The client with this id, deleted or not. Throws StoreError not_found. */
export async function findClientOrThrow(db: Database, id: string): Promise<ClientRow> {
  const row = await db.selectFrom('clients').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) throw new StoreError('not_found');
  return row;
}

/** The keys a write looks clients up by: ids and codes (deleted clients too: a code is never reused), emails of active clients (case ignored). */
export type ClientKeys = { ids?: readonly string[]; codes?: readonly string[]; emails?: readonly string[] };

/**
 * Every client holding one of `keys`, each once, in at most one query per kind of key and 500
 * keys: the one query by which writes learn who holds an id, a code or an email.
 */
export async function findClientsByKeys(db: Database, keys: ClientKeys): Promise<ClientRow[]> {
  const rows = new Map<string, ClientRow>();
  const add = (found: readonly ClientRow[]) => found.forEach((row) => rows.set(row.id, row));
  for (const chunk of chunked([...new Set(keys.ids)], 500))
    add(await db.selectFrom('clients').selectAll().where('id', 'in', chunk).execute());
  for (const chunk of chunked([...new Set(keys.codes)], 500))
    add(await db.selectFrom('clients').selectAll().where('code', 'in', chunk).execute());
  for (const chunk of chunked([...new Set(keys.emails?.map((email) => email.toLowerCase()))], 500)) {
    add(
      await db
        .selectFrom('clients')
        .selectAll()
        .where(sql<string>`lower(email)`, 'in', chunk)
        .where('deleted_at', 'is', null)
        .execute(),
    );
  }
  return [...rows.values()];
}

/**
 * For lower-case e-mails no active client holds: the survivor's id of the latest client merged away with each (a
 * deleted client with `merged_into`), one query per 500 e-mails. Imports match such an e-mail to the survivor.
 */
export async function findMergedAwayEmails(db: Database, emails: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const chunk of chunked([...new Set(emails)], 500)) {
    const rows = await db
      .selectFrom('clients')
      .select(['email', 'merged_into', 'deleted_at'])
      .where(sql<string>`lower(email)`, 'in', chunk)
      .where('merged_into', 'is not', null)
      .orderBy('deleted_at')
      .execute();
    // Latest merge last: it wins.
    for (const row of rows) if (row.merged_into !== null) found.set(row.email.toLowerCase(), row.merged_into);
  }
  return found;
}

/** True on PostgreSQL, where writes lock the rows they change (`for update`); SQLite locks the whole database instead. */
export function takesRowLocks(db: Database): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The clients with these ids, as they are now, locked until the transaction ends. PostgreSQL:
 * `select … for update` in id order (chunks in the same order), so two writes over the same clients
 * take their locks in the same order and one waits for the other instead of both deadlocking; a
 * write locks before it plans, so it plans on the values the other one committed. SQLite needs no
 * row lock: a write transaction holds the database's write lock from its start (begin immediate).
 */
export async function lockClientsById(trx: Transaction<DB>, ids: readonly string[]): Promise<ClientRow[]> {
  const sorted = [...new Set(ids)].sort();
  if (!takesRowLocks(trx)) return findClientsByKeys(trx, { ids: sorted });
  const rows: ClientRow[] = [];
  for (const chunk of chunked(sorted, 500))
    rows.push(...(await trx.selectFrom('clients').selectAll().where('id', 'in', chunk).orderBy('id').forUpdate().execute()));
  return rows;
}

/** The id of the active client holding `email` (case ignored), other than `exceptId`; null when none. */
export async function findEmailOwner(db: Database, email: string, exceptId?: string): Promise<string | null> {
  const owners = await findClientsByKeys(db, { emails: [email] });
  return owners.find((row) => row.id !== exceptId)?.id ?? null;
}

/** `items` in slices of at most `size` (multi-row statements stay under the databases' parameter limits). */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

// Counters: ids and codes ---------------------------------------------------------------------

/** The id of the n-th client: its number in base 36, at least 6 characters (`00002s`). */
export function formatClientId(n: number): string {
  return n.toString(36).padStart(6, '0');
}

/** `CL-000123`: the store's code for the 123rd client it numbered. */
export function formatClientCode(n: number): string {
  return `CL-${String(n).padStart(6, '0')}`;
}

/**
 * `count` new client ids from the `client_id` counter (one statement, whatever the count): short,
 * unique across every instance sharing the database, increasing (indexes grow at their right edge,
 * and the search-word index stays small).
 */
export async function assignClientIds(context: WriteContext, count: number): Promise<string[]> {
  if (count === 0) return [];
  const last = await advanceCounter(context, 'client_id', count);
  return Array.from({ length: count }, (_, index) => formatClientId(last - count + 1 + index));
}

/**
 * `count` new codes from the `client_code` counter, which only goes up (a code is never reused,
 * even after a delete). Numbers whose code is already taken (typed by hand, or in `reserved`: the
 * batch's own codes) are skipped.
 */
export async function assignClientCodes(
  context: WriteContext,
  count: number,
  reserved: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const wanted = count - codes.length;
    const last = await advanceCounter(context, 'client_code', wanted);
    const candidates = Array.from({ length: wanted }, (_, index) => formatClientCode(last - wanted + 1 + index));
    const taken = await context.trx.selectFrom('clients').select('code').where('code', 'in', candidates).execute();
    const takenCodes = new Set(taken.map((client) => client.code));
    codes.push(...candidates.filter((code) => !takenCodes.has(code) && !reserved.has(code)));
  }
  return codes;
}

/** Adds `count` to a counter in one statement; returns its new value (the last number handed out). */
async function advanceCounter(context: WriteContext, name: 'client_id' | 'client_code', count: number): Promise<number> {
  const row = await context.trx
    .updateTable('counters')
    .set({ value: sql`value + ${count}` })
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
