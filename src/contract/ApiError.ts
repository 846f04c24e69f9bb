import { z } from 'zod';
import { ErrorCode } from './ErrorCode';

export const FieldError = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

/** The body of every error response: `{ error: { code, message, fields } }`, message in the request's language. */
export const ApiError = z.object({
  error: z.object({
    code: z.enum(ErrorCode),
    message: z.string(),
    fields: z.array(FieldError),
  }),
});
export type ApiError = z.infer<typeof ApiError>;
