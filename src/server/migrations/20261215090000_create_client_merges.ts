/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema as it was then, never the app's current DB type (STYLE.md). */
import type { Kysely } from 'kysely';
import { findDuplicatePairs, probeKeys, type MatchProfile } from '@/domain';
import { activeClientChunks, MATCHED_COLUMNS, rowProfile } from './20261210090000_create_client_match_keys';

const KEYS_PER_QUERY = 500;

/**
 * The duplicates already in the base (issue 13 item 4): `clients.merged_into` (the survivor of a merge, on the client it
 * absorbed, which is deleted), `client_versions.other_client_id` (the other client of a `merged` / `unmerged` version),
 * `duplicate_pairs` (the probable pairs of active clients, kept in step by every write, so a page of the list is one
 * index range: `rank` = 1000 − the score in thousandths, best first), `dismissed_duplicates` (pairs set aside as "not
 * the same client"; ids in ascending order). The pairs of the clients already stored are written here (backfill), with
 * the domain's rules as they are when the migration runs: derived data, like the match keys.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('clients').addColumn('merged_into', 'text').execute();
  await db.schema.alterTable('client_versions').addColumn('other_client_id', 'text').execute();
  await db.schema
    .createTable('duplicate_pairs')
    .addColumn('client_a', 'text', (col) => col.notNull())
    .addColumn('client_b', 'text', (col) => col.notNull())
    .addColumn('rank', 'integer', (col) => col.notNull())
    .addColumn('reasons', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('duplicate_pairs_pk', ['client_a', 'client_b'])
    .execute();
  await db.schema.createIndex('duplicate_pairs_rank').on('duplicate_pairs').columns(['rank', 'client_a', 'client_b']).execute();
  await db.schema.createIndex('duplicate_pairs_client_b').on('duplicate_pairs').column('client_b').execute();
  await db.schema
    .createTable('dismissed_duplicates')
    .addColumn('client_a', 'text', (col) => col.notNull())
    .addColumn('client_b', 'text', (col) => col.notNull())
    .addColumn('dismissed_at', 'text', (col) => col.notNull())
    .addColumn('dismissed_by', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('dismissed_duplicates_pk', ['client_a', 'client_b'])
    .execute();

  // Backfill: the active clients in id order, a chunk at a time; each chunk's pairs with the holders of its keys, a
  // pair written by the chunk of its lower id (so once).
  for await (const rows of activeClientChunks(db)) {
    const subjects = rows.map((row) => {
      const profile = rowProfile(row);
      return { id: row.id as string, profile, probes: probeKeys(profile) };
    });
    const keys = [...new Set(subjects.flatMap((subject) => subject.probes))];
    const holders = new Map<string, { id: string; profile: MatchProfile }[]>();
    for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
      const found: any[] = await db
        .selectFrom('client_match_keys as k')
        .innerJoin('clients as c', 'c.id', 'k.client_id')
        .select(['k.key', ...MATCHED_COLUMNS.map((column) => `c.${column}`)])
        .where('k.key', 'in', keys.slice(start, start + KEYS_PER_QUERY))
        .where('c.deleted_at', 'is', null)
        .execute();
      for (const row of found) {
        const list = holders.get(row.key) ?? [];
        list.push({ id: row.id, profile: rowProfile(row) });
        holders.set(row.key, list);
      }
    }
    const inChunk = new Set(subjects.map((subject) => subject.id));
    const pairs = findDuplicatePairs(subjects, holders)
      .filter((pair) => inChunk.has(pair.ids[0]))
      .map((pair) => ({
        client_a: pair.ids[0],
        client_b: pair.ids[1],
        rank: 1000 - Math.round(pair.match.score * 1000),
        reasons: JSON.stringify(pair.match.reasons),
      }));
    for (let start = 0; start < pairs.length; start += 1000)
      await db
        .insertInto('duplicate_pairs')
        .values(pairs.slice(start, start + 1000))
        .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('dismissed_duplicates').execute();
  await db.schema.dropTable('duplicate_pairs').execute();
  await db.schema.alterTable('client_versions').dropColumn('other_client_id').execute();
  await db.schema.alterTable('clients').dropColumn('merged_into').execute();
}
