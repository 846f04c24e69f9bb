import { sql } from 'kysely';
import type { WriteContext } from './WriteContext';

/** `CL-000123`: the store's code for the 123rd client it numbered. */
export function formatClientCode(n: number): string {
  return `CL-${String(n).padStart(6, '0')}`;
}

/**
 * `count` new codes from the `client_code` counter, which only goes up (a code is never reused,
 * even after a delete). Numbers whose code is already taken (typed by hand, or in `reserved`: the
 * batch's own codes) are skipped.
 */
export async function assignClientCodes(context: WriteContext, count: number, reserved: ReadonlySet<string> = new Set()): Promise<string[]> {
  const codes: string[] = [];
  while (codes.length < count) {
    const wanted = count - codes.length;
    const row = await context.trx
      .updateTable('counters')
      .set({ value: sql`value + ${wanted}` })
      .where('name', '=', 'client_code')
      .returning('value')
      .executeTakeFirstOrThrow();
    const last = Number(row.value);
    const candidates = Array.from({ length: wanted }, (_, index) => formatClientCode(last - wanted + 1 + index));
    const taken = await context.trx.selectFrom('clients').select('code').where('code', 'in', candidates).execute();
    const takenCodes = new Set(taken.map((client) => client.code));
    codes.push(...candidates.filter((code) => !takenCodes.has(code) && !reserved.has(code)));
  }
  return codes;
}
