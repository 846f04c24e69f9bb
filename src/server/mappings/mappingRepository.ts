import { createHash } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { ColumnMappingEntry, MAPPING_LIST_MAX, type MappingHistory, type MappingInput, type SavedMapping } from '@/contract/ColumnMapping';
import { isUniqueViolation } from '../db/isUniqueViolation';
import type { ColumnMappingTable, DB } from '../db/schema';
import { StoreError } from '../errors/StoreError';

type MappingRow = Selectable<ColumnMappingTable>;

/** Attempts of a save whose version number a concurrent save took (each attempt lets at least one of them through). */
const SAVE_ATTEMPTS = 20;

/** The key of a signature in column_mappings: sha256, lower-case hex (a 4,000-character signature is too long for an index). */
export function signatureHash(signature: string): string {
  return createHash('sha256').update(signature, 'utf8').digest('hex');
}

export function rowToSavedMapping(row: MappingRow): SavedMapping {
  return {
    signature: row.signature,
    headers: JSON.parse(row.headers) as string[],
    columns: ColumnMappingEntry.array().parse(JSON.parse(row.columns)),
    version: Number(row.version),
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  };
}

/**
 * Appends a version of the mapping for `input.signature` (1 for a new signature, else the latest + 1), saved by `by`
 * now, and returns it. One statement (INSERT … SELECT max + 1): two concurrent saves of one signature may compute the
 * same number, the primary key refuses the second, which tries again with the next; StoreError conflict after
 * SAVE_ATTEMPTS such races.
 */
export async function saveMapping(db: Kysely<DB>, input: MappingInput, by: string): Promise<SavedMapping> {
  const hash = signatureHash(input.signature);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const row = await db
        .insertInto('column_mappings')
        .columns(['signature_hash', 'version', 'signature', 'headers', 'columns', 'saved_at', 'saved_by'])
        .expression((eb) =>
          eb
            .selectFrom('column_mappings')
            .select((select) => [
              select.val(hash).as('signature_hash'),
              select(select.fn.coalesce(select.fn.max('version'), select.lit(0)), '+', 1).as('version'),
              select.val(input.signature).as('signature'),
              select.val(JSON.stringify(input.headers)).as('headers'),
              select.val(JSON.stringify(input.columns)).as('columns'),
              select.val(new Date().toISOString()).as('saved_at'),
              select.val(by).as('saved_by'),
            ])
            .where('signature_hash', '=', hash),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return rowToSavedMapping(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (attempt >= SAVE_ATTEMPTS) throw new StoreError('conflict');
    }
  }
}

/** The latest version of the mapping for `signature`; StoreError mapping_not_found when none was saved. */
export async function findMappingOrThrow(db: Kysely<DB>, signature: string): Promise<SavedMapping> {
  const row = await versionsOf(db, signature).limit(1).executeTakeFirst();
  if (row === undefined) throw new StoreError('mapping_not_found');
  return rowToSavedMapping(row);
}

/** The latest version of every mapping, the most recently saved first, at most MAPPING_LIST_MAX. */
export async function listMappings(db: Kysely<DB>): Promise<SavedMapping[]> {
  const rows = await db
    .selectFrom('column_mappings as mapping')
    .selectAll('mapping')
    .where('mapping.version', '=', (eb) =>
      eb
        .selectFrom('column_mappings as later')
        .select((select) => select.fn.max('later.version').as('latest'))
        .whereRef('later.signature_hash', '=', 'mapping.signature_hash'),
    )
    .orderBy('mapping.saved_at', 'desc')
    .orderBy('mapping.signature_hash')
    .limit(MAPPING_LIST_MAX)
    .execute();
  return rows.map(rowToSavedMapping);
}

/** Every version of the mapping for `signature`, newest first; StoreError mapping_not_found when none was saved. */
export async function readMappingHistory(db: Kysely<DB>, signature: string): Promise<MappingHistory> {
  const rows = await versionsOf(db, signature).execute();
  if (rows.length === 0) throw new StoreError('mapping_not_found');
  return { signature, items: rows.map(rowToSavedMapping) };
}

/** The versions of the mapping for `signature`, newest first (a primary-key range). */
function versionsOf(db: Kysely<DB>, signature: string) {
  return db.selectFrom('column_mappings').selectAll().where('signature_hash', '=', signatureHash(signature)).orderBy('version', 'desc');
}
