import { ApiError } from '@/contract/ApiError';
import type { HttpResponse } from './httpRequest';

const MESSAGES = {
  fr: 'La base clients est momentanément indisponible\u00a0: réessayez dans quelques secondes.',
  en: 'The client database is temporarily unavailable: try again in a few seconds.',
};

/** `response` is the store's 503 while its database is unavailable: store_unavailable, Retry-After, the message in `lang`. */
export function expectStoreUnavailable(response: HttpResponse, lang: keyof typeof MESSAGES = 'fr'): void {
  expect(response.statusCode).toBe(503);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(ApiError.parse(response.json()).error).toEqual({ code: 'store_unavailable', message: MESSAGES[lang], fields: [] });
}
