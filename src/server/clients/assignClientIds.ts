import { sql } from 'kysely';
import type { WriteContext } from './WriteContext';

/** The id of the n-th client: its number in base 36, at least 6 characters (`00002s`). */
export function formatClientId(n: number): string {
  return n.toString(36).padStart(6, '0');
}

/**
 * `count` new client ids from the `client_id` counter (one statement, whatever the count): short,
 * unique across every instance sharing the database, increasing (indexes grow at their right edge,
 * and the search-word index stays small).
 */
export async function assignClientIds(context: WriteContext, count: number): Promise<string[]> {
  if (count === 0) return [];
  const row = await context.trx
    .updateTable('counters')
    .set({ value: sql`value + ${count}` })
    .where('name', '=', 'client_id')
    .returning('value')
    .executeTakeFirstOrThrow();
  const last = Number(row.value);
  return Array.from({ length: count }, (_, index) => formatClientId(last - count + 1 + index));
}
