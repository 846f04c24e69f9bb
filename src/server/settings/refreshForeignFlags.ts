import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Recomputes every client's foreign flag for a new home country, in one statement: the domain's `isForeignClient`
 * written in SQL that SQLite and PostgreSQL both accept (a known nationality or country of practice not the home
 * country; when neither is known, the address's country not the home country). Empty texts count as unknown.
 */
export async function refreshForeignFlags(trx: Transaction<DB>, homeCountry: string): Promise<void> {
  await trx
    .updateTable('clients')
    .set({ is_foreign: foreignFlagSql(homeCountry) })
    .execute();
}

/** The foreign flag (1 or 0) of a clients row, as SQL. */
export function foreignFlagSql(homeCountry: string): RawBuilder<number> {
  const home = homeCountry.toUpperCase();
  const known = (column: 'nationality' | 'practice_country' | 'country') => sql`nullif(trim(${sql.ref(column)}), '')`;
  const abroad = (column: 'nationality' | 'practice_country' | 'country') => sql`upper(coalesce(${known(column)}, ${home})) <> ${home}`;
  return sql<number>`case
    when ${known('nationality')} is not null or ${known('practice_country')} is not null
      then case when ${abroad('nationality')} or ${abroad('practice_country')} then 1 else 0 end
    when ${abroad('country')} then 1
    else 0
  end`;
}
