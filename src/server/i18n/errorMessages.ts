import type { ErrorCode } from '../../contract/ErrorCode';
import type { Language } from '../../domain/messages/Language';

const fr: Record<ErrorCode, string> = {
  unauthorized: 'Jeton d’accès manquant, inconnu ou révoqué.',
  forbidden_origin: 'Cette origine n’est pas autorisée à appeler le magasin clients.',
  not_found: 'Ressource introuvable.',
  validation_failed: 'La requête contient des valeurs invalides.',
  conflict: 'La ressource a été modifiée entre-temps.',
  precondition_required: 'En-tête If-Match requis pour cette modification.',
  payload_too_large: 'Requête trop volumineuse.',
  idempotency_mismatch: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
  rate_limited: 'Trop de requêtes : réessayez dans un instant.',
  internal: 'Erreur interne du magasin clients.',
};

const en: typeof fr = {
  unauthorized: 'Missing, unknown or revoked access token.',
  forbidden_origin: 'This origin is not allowed to call the client store.',
  not_found: 'Resource not found.',
  validation_failed: 'The request contains invalid values.',
  conflict: 'The resource was changed in the meantime.',
  precondition_required: 'An If-Match header is required for this change.',
  payload_too_large: 'Request too large.',
  idempotency_mismatch: 'This idempotency key was already used for another request.',
  rate_limited: 'Too many requests: try again in a moment.',
  internal: 'Internal error of the client store.',
};

/** The message of an error code, in the request's language. */
export function errorMessage(code: ErrorCode, lang: Language): string {
  return { fr, en }[lang][code];
}
