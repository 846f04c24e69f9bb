import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';

/** Recomputes every client's foreign flag for a new home country (nationality or country of practice not the home country). */
export async function refreshForeignFlags(trx: Transaction<DB>, homeCountry: string): Promise<void> {
  await trx
    .updateTable('clients')
    .set({
      is_foreign: sql<number>`case when coalesce(nationality, ${homeCountry}) <> ${homeCountry} or coalesce(practice_country, ${homeCountry}) <> ${homeCountry} then 1 else 0 end`,
    })
    .execute();
}
