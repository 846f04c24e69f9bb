import type { z } from 'zod';
import { ClientInput } from './ClientInput';

/** PATCH /api/v1/clients/:id: the keys to change (null clears a value); with `If-Match: <version>`. */
export const ClientPatch = ClientInput.partial();
export type ClientPatch = z.infer<typeof ClientPatch>;
