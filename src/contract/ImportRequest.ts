import { z } from 'zod';
import { COLUMN_KEYS, type ColumnKey } from '@/domain';

/** The most rows one import batch may carry; more → 413 payload_too_large. */
export const IMPORT_BATCH_MAX_ROWS = 1000;

/** upsert: create or update; create: new clients only; update: existing clients only. */
export const ImportMode = z.enum(['upsert', 'create', 'update']);
export type ImportMode = z.infer<typeof ImportMode>;

/** A cell as the sheet holds it (text, number, boolean) or empty; the template engine reads it. */
const cell = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]).optional();

type CellShape = { [K in ColumnKey]: typeof cell };

/**
 * One sheet row: its row number (echoed back) and its values by template key (absent key: left as stored). `version`:
 * the version of the client the row was filled from; when the client is newer now, the store merges three ways (that
 * version, the row, the store) and answers `conflict` where both changed one key differently. Without it, or at the
 * current version, the row's values are applied as they are. A version the client never had fails the row.
 */
export const ImportRow = z.object({
  row: z.number().int().nonnegative(),
  version: z.number().int().positive().optional(),
  /** Create the client even if the store has a probable twin (the pane's "Créer quand même"). */
  createAnyway: z.boolean().optional(),
  values: z.strictObject(Object.fromEntries(COLUMN_KEYS.map((key) => [key, cell])) as CellShape),
});
export type ImportRow = z.infer<typeof ImportRow>;

/**
 * What becomes of a row that would create a probable twin of a client (the domain's matching rules): `report` (the
 * default) answers it `duplicate` with its candidates and creates nothing; `create` creates it all the same (no check).
 */
export const OnDuplicate = z.enum(['report', 'create']);
export type OnDuplicate = z.infer<typeof OnDuplicate>;

/** POST /api/v1/imports (with an `Idempotency-Key` header); at most IMPORT_BATCH_MAX_ROWS rows. */
export const ImportRequest = z.object({
  mode: ImportMode.default('upsert'),
  onDuplicate: OnDuplicate.optional(),
  rows: z.array(ImportRow).min(1),
});
export type ImportRequest = z.infer<typeof ImportRequest>;
