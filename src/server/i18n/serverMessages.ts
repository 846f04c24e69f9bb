import type { ErrorCode } from '@/contract/ErrorCode';
import type { Language } from '@/domain';
import { formatNumber } from '@/domain/messages/formatNumber';

/** A limit as the reader writes numbers (formatNumber: "4 000" in French, "4,000" in English). */
const figure = (value: unknown, lang: Language) => (typeof value === 'number' ? formatNumber(value, lang) : String(value));

/** The issue codes of zod 4, the `code` of a field error; anything else reads as `custom`. */
export const FieldIssueCode = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
] as const;
export type FieldIssueCode = (typeof FieldIssueCode)[number];
/** What a field message reads of a zod issue: the limit and what it counts (`origin`: string, array, number…), the allowed values. */
export type FieldIssueParams = { minimum?: unknown; maximum?: unknown; origin?: unknown; values?: unknown };

type Describe = (params: FieldIssueParams) => string;

/**
 * The store's French texts, the reference catalogue: one per error code, one per field issue code (never zod's own
 * text), and the 413 of an import batch with too many rows. The texts of an import row's problems are the sheet's
 * (the domain's sheetMessages).
 */
const fr = {
  errors: {
    unauthorized: 'Jeton d’accès manquant, inconnu ou révoqué.',
    forbidden_origin: 'Cette origine n’est pas autorisée à appeler la base clients.',
    not_found: 'Ressource introuvable.',
    mapping_not_found: 'Aucune correspondance de colonnes enregistrée pour ces en-têtes.',
    validation_failed: 'La requête contient des valeurs invalides.',
    conflict: 'La ressource a été modifiée entre-temps.',
    'client.possibleDuplicate':
      'Ce client existe peut-être déjà (voir les clients proposés)\u00a0: ouvrez-le, ou créez-le quand même (allowDuplicate).',
    precondition_required: 'En-tête If-Match requis pour cette modification.',
    payload_too_large: 'Requête trop volumineuse.',
    idempotency_mismatch: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
    rate_limited: 'Trop de requêtes\u00a0: réessayez dans un instant.',
    internal: 'Erreur interne de la base clients.',
    store_unavailable: 'La base clients est momentanément indisponible\u00a0: réessayez dans quelques secondes.',
  } satisfies Record<ErrorCode, string>,
  fields: {
    invalid_type: () => 'Valeur manquante ou de type incorrect.',
    too_big: (p) =>
      p.maximum === undefined
        ? 'Valeur trop grande ou trop longue.'
        : p.origin === 'string'
          ? `${figure(p.maximum, 'fr')} caractères au plus.`
          : p.origin === 'array'
            ? `${figure(p.maximum, 'fr')} éléments au plus.`
            : `Maximum ${figure(p.maximum, 'fr')}.`,
    too_small: (p) =>
      p.minimum === undefined
        ? 'Valeur trop petite ou trop courte.'
        : p.origin === 'string' && Number(p.minimum) === 1
          ? 'Valeur requise\u00a0: ne peut pas être vide.'
          : p.origin === 'string'
            ? `${figure(p.minimum, 'fr')} caractères au moins.`
            : `Minimum ${figure(p.minimum, 'fr')}.`,
    invalid_format: () => 'Format invalide.',
    not_multiple_of: () => 'Valeur non multiple du pas attendu.',
    unrecognized_keys: () => 'Champ inconnu.',
    invalid_union: () => 'Valeur invalide.',
    invalid_key: () => 'Clé invalide.',
    invalid_element: () => 'Élément invalide.',
    invalid_value: (p) => (allowedValues(p) === null ? 'Valeur non autorisée.' : `Valeur non autorisée\u00a0: ${allowedValues(p)}.`),
    custom: () => 'Valeur invalide.',
  } satisfies Record<FieldIssueCode, Describe>,
  batchLimit: (max: number) => `Au plus ${figure(max, 'fr')} lignes par lot d’import\u00a0: découpez l’envoi.`,
  lookupLimit: (max: number) => `Au plus ${figure(max, 'fr')} codes clients et identifiants en tout par recherche\u00a0: découpez l’envoi.`,
  lookupEmpty: 'Au moins un code client (codes) ou un identifiant (ids) à rechercher.',
  headersTooLarge: (kib: number) => `En-têtes et adresse de la requête trop volumineux\u00a0: ${kib}\u00a0Ko au plus.`,
  cursorMismatch: 'Ce curseur vient d’une autre recherche\u00a0: relancez la recherche depuis la première page.',
  // Issue 13 item 4: merging the duplicates already in the base.
  mergeSelf: 'Un client ne peut pas être fusionné avec lui-même\u00a0: choisissez deux clients différents.',
  mergeDeleted: 'Ce client est supprimé\u00a0: il ne peut pas être fusionné (restaurez-le d’abord).',
  mergeChanged: 'Un des deux clients a été modifié depuis\u00a0: relisez-les avant de fusionner.',
  unmergeChanged: 'Un des deux clients a été modifié depuis la fusion\u00a0: elle ne peut plus être annulée.',
  unmergeEmailTaken: (email: string) =>
    `L’adresse e-mail ${email} est maintenant celle d’un autre client de la base\u00a0: la fusion ne peut pas être annulée.`,
  dismissSelf: 'Deux clients différents sont attendus.',
};

const en: typeof fr = {
  errors: {
    unauthorized: 'Missing, unknown or revoked access token.',
    forbidden_origin: 'This origin is not allowed to call the client database.',
    not_found: 'Resource not found.',
    mapping_not_found: 'No column mapping saved for these headers.',
    validation_failed: 'The request contains invalid values.',
    conflict: 'The resource was changed in the meantime.',
    'client.possibleDuplicate': 'This client may already exist (see the clients proposed): open it, or create it anyway (allowDuplicate).',
    precondition_required: 'An If-Match header is required for this change.',
    payload_too_large: 'Request too large.',
    idempotency_mismatch: 'This idempotency key was already used for another request.',
    rate_limited: 'Too many requests: try again in a moment.',
    internal: 'Internal error of the client database.',
    store_unavailable: 'The client database is temporarily unavailable: try again in a few seconds.',
  },
  fields: {
    invalid_type: () => 'Missing value or wrong type.',
    too_big: (p) =>
      p.maximum === undefined
        ? 'Value too big or too long.'
        : p.origin === 'string'
          ? `At most ${figure(p.maximum, 'en')} characters.`
          : p.origin === 'array'
            ? `At most ${figure(p.maximum, 'en')} items.`
            : `Maximum ${figure(p.maximum, 'en')}.`,
    too_small: (p) =>
      p.minimum === undefined
        ? 'Value too small or too short.'
        : p.origin === 'string' && Number(p.minimum) === 1
          ? 'Value required: cannot be empty.'
          : p.origin === 'string'
            ? `At least ${figure(p.minimum, 'en')} characters.`
            : `Minimum ${figure(p.minimum, 'en')}.`,
    invalid_format: () => 'Invalid format.',
    not_multiple_of: () => 'Value is not a multiple of the expected step.',
    unrecognized_keys: () => 'Unknown field.',
    invalid_union: () => 'Invalid value.',
    invalid_key: () => 'Invalid key.',
    invalid_element: () => 'Invalid element.',
    invalid_value: (p) => (allowedValues(p) === null ? 'Value not allowed.' : `Value not allowed: ${allowedValues(p)}.`),
    custom: () => 'Invalid value.',
  },
  batchLimit: (max: number) => `At most ${figure(max, 'en')} rows per import batch: split the upload.`,
  lookupLimit: (max: number) => `At most ${figure(max, 'en')} client codes and ids in all per lookup: split the request.`,
  lookupEmpty: 'At least one client code (codes) or id (ids) to look up.',
  headersTooLarge: (kib: number) => `Request headers and address too large: at most ${kib} KB.`,
  cursorMismatch: 'This cursor comes from another search: start the search again from the first page.',
  mergeSelf: 'A client cannot be merged with itself: choose two different clients.',
  mergeDeleted: 'This client is deleted: it cannot be merged (restore it first).',
  mergeChanged: 'One of the two clients was changed since: read them again before merging.',
  unmergeChanged: 'One of the two clients was changed since the merge: it can no longer be undone.',
  unmergeEmailTaken: (email: string) =>
    `The e-mail address ${email} now belongs to another client of the base: the merge cannot be undone.`,
  dismissSelf: 'Two different clients are expected.',
};

const catalogues: Record<Language, typeof fr> = { fr, en };

/** The values an enum allows, comma-separated (at most 40, beyond which the list says nothing useful); null when the issue names none. */
function allowedValues(params: FieldIssueParams): string | null {
  const { values } = params;
  if (!Array.isArray(values) || values.length === 0 || values.length > 40) return null;
  return values.map((value) => String(value)).join(', ');
}

/** The message of an error code, in the request's language. */
export function errorMessage(code: ErrorCode, lang: Language): string {
  return catalogues[lang].errors[code];
}

export function toFieldIssueCode(keyword: string): FieldIssueCode {
  return (FieldIssueCode as readonly string[]).includes(keyword) ? (keyword as FieldIssueCode) : 'custom';
}

/** The message of a field error, in the request's language (never zod's own text). */
export function fieldMessage(code: FieldIssueCode, params: FieldIssueParams, lang: Language): string {
  return catalogues[lang].fields[code](params);
}

/** The text of the 413 of an import batch with too many rows, naming the limit. */
export function batchLimitMessage(max: number, lang: Language): string {
  return catalogues[lang].batchLimit(max);
}

/** The text of the 413 of a client lookup with too many codes and ids, naming the limit. */
export function lookupLimitMessage(max: number, lang: Language): string {
  return catalogues[lang].lookupLimit(max);
}

/** The text of the 400 of a client lookup with no code and no id. */
export function lookupEmptyMessage(lang: Language): string {
  return catalogues[lang].lookupEmpty;
}

/** The text of a 400 on `cursor` when the cursor was made by another search. */
export function cursorMismatchMessage(lang: Language): string {
  return catalogues[lang].cursorMismatch;
}

/** The text of a 431 (headers and URL over Node's `maxHeaderSize`), naming the limit in KiB. */
export function headersTooLargeMessage(maxHeaderBytes: number, lang: Language): string {
  return catalogues[lang].headersTooLarge(Math.floor(maxHeaderBytes / 1024));
}

/** The texts of merging and unmerging clients (issue 13 item 4), in the request's language. */
export function mergeMessages(lang: Language) {
  const { mergeSelf, mergeDeleted, mergeChanged, unmergeChanged, unmergeEmailTaken, dismissSelf } = catalogues[lang];
  return { mergeSelf, mergeDeleted, mergeChanged, unmergeChanged, unmergeEmailTaken, dismissSelf };
}
