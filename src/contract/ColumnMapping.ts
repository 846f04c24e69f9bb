import { z } from 'zod';
import { PlainText } from './PlainText';
import { MAPPING_TARGETS, MAX_SIGNATURE_LENGTH, type MappingTarget } from '@/domain';

/** One decision of a confirmed mapping: the column with this header text feeds `target` (a template key, `fullName`, a birth-date part, or `ignore`). */
export const ColumnMappingEntry = z.object({
  header: PlainText.trim().min(1).max(200),
  target: z.enum(MAPPING_TARGETS as [MappingTarget, ...MappingTarget[]]),
});
export type ColumnMappingEntry = z.infer<typeof ColumnMappingEntry>;

/** A header row's signature (the domain's headerSignature): folded headers (a–z, 0–9) joined by `|`. */
export const HeaderSignature = z
  .string()
  .min(1)
  .max(MAX_SIGNATURE_LENGTH)
  .regex(/^[a-z0-9|]*$/);

/**
 * PUT /api/v1/mappings: a mapping the user confirmed for sheets whose header row has this signature. `headers` are the
 * header texts as the sheet showed them (for the list of remembered mappings). The CLI's `--mapping FILE.json` reads
 * this shape too (`signature` and `headers` optional there).
 */
export const MappingInput = z.object({
  signature: HeaderSignature,
  headers: z.array(PlainText.max(200)).max(1000),
  columns: z.array(ColumnMappingEntry).max(1000),
});
export type MappingInput = z.infer<typeof MappingInput>;

/** A remembered mapping, as the store keeps it: the latest version for its signature, who saved it and when. */
export const SavedMapping = MappingInput.extend({
  version: z.number().int().positive(),
  savedAt: z.string(),
  savedBy: z.string(),
});
export type SavedMapping = z.infer<typeof SavedMapping>;

/** GET /api/v1/mappings?signature=…: the remembered mapping for one signature (404 `mapping_not_found` when none). */
export const MappingQuery = z.object({ signature: HeaderSignature });
export type MappingQuery = z.infer<typeof MappingQuery>;

/** GET /api/v1/mappings (no signature): every remembered mapping, latest version each, newest first (at most MAPPING_LIST_MAX). */
export const MappingList = z.object({ items: z.array(SavedMapping) });
export type MappingList = z.infer<typeof MappingList>;

/** How many mappings GET /api/v1/mappings lists at most. */
export const MAPPING_LIST_MAX = 200;

/** The query of GET /api/v1/mappings: with a signature, that mapping; without, the list. */
export const MappingsQuery = MappingQuery.partial();
export type MappingsQuery = z.infer<typeof MappingsQuery>;

/** The answer of GET /api/v1/mappings: one SavedMapping for a signature, the MappingList without. */
export const MappingsAnswer = z.union([SavedMapping, MappingList]);
export type MappingsAnswer = z.infer<typeof MappingsAnswer>;

/** GET /api/v1/mappings/history?signature=…: every version of one mapping, newest first. */
export const MappingHistory = z.object({ signature: HeaderSignature, items: z.array(SavedMapping) });
export type MappingHistory = z.infer<typeof MappingHistory>;
