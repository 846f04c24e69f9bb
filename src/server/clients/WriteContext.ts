import type { Transaction } from 'kysely';
import type { RowInserter } from '../db/RowInserter';
import type { DB } from '../db/schema';

/** Who writes, when, in which transaction, for which import batch (null outside imports), with which home country. */
export type WriteContext = { trx: Transaction<DB>; insertRows: RowInserter; now: string; by: string; batchId: string | null; homeCountry: string };
