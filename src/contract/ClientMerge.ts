import { z } from 'zod';
import { Client } from './Client';
import { ClientPatch } from './ClientPatch';

/**
 * POST /api/v1/clients/:id/merge: client `:id` (the survivor) absorbs client `from`. `version` and `fromVersion` are
 * the versions the user saw (409 `conflict` with both clients as they are now if either changed since); `values` the
 * fields the survivor takes (the user's pick for each differing field; a key left out keeps the survivor's value,
 * null clears it). The other client is soft-deleted with a pointer to the survivor; both histories get a `merged`
 * version naming the other client.
 */
export const ClientMergeRequest = z.object({
  from: z.string(),
  version: z.number().int().positive(),
  fromVersion: z.number().int().positive(),
  values: ClientPatch,
});
export type ClientMergeRequest = z.infer<typeof ClientMergeRequest>;

/** The merge's answer: the survivor as it is now, and the merged-away client (deleted, `mergedInto` the survivor). */
export const ClientMergeResponse = z.object({ client: Client, merged: Client });
export type ClientMergeResponse = z.infer<typeof ClientMergeResponse>;

/**
 * POST /api/v1/clients/:id/unmerge: undo the merge of client `from` into `:id`: the survivor goes back to its values
 * before the merge, the other client is restored. Refused with 409 `conflict` when either changed since the merge
 * (both clients as they are now in `current`/`other`), 404 when `from` was not merged into `:id`.
 */
export const ClientUnmergeRequest = z.object({ from: z.string() });
export type ClientUnmergeRequest = z.infer<typeof ClientUnmergeRequest>;

/** The unmerge's answer: both clients as they are now (the survivor at a new version, the other restored). */
export const ClientUnmergeResponse = z.object({ client: Client, restored: Client });
export type ClientUnmergeResponse = z.infer<typeof ClientUnmergeResponse>;
