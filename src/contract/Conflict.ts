import { z } from 'zod';
import { ApiError } from './ApiError';
import { Client } from './Client';

/** 409 conflict: the error, and for a stale `If-Match` the client as it is now (to merge and retry). */
export const Conflict = z.object({ ...ApiError.shape, current: Client.optional() });
export type Conflict = z.infer<typeof Conflict>;
