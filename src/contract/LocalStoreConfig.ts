import { z } from 'zod';

/**
 * `/local-store.json`, served by the dev server only (written by `npm start` under data/):
 * the local store's URL and token, so the pane works on first run without typing them.
 */
export const LocalStoreConfig = z.object({
  storeUrl: z.string().url(),
  token: z.string().min(1),
});
export type LocalStoreConfig = z.infer<typeof LocalStoreConfig>;
