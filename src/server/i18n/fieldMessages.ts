import type { Language } from '../../domain/messages/Language';

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
export type FieldIssueParams = { minimum?: unknown; maximum?: unknown };

type Describe = (params: FieldIssueParams) => string;

const fr: Record<FieldIssueCode, Describe> = {
  invalid_type: () => 'Valeur manquante ou de type incorrect.',
  too_big: (p) => (p.maximum === undefined ? 'Valeur trop grande ou trop longue.' : `Maximum ${String(p.maximum)}.`),
  too_small: (p) => (p.minimum === undefined ? 'Valeur trop petite ou trop courte.' : `Minimum ${String(p.minimum)}.`),
  invalid_format: () => 'Format invalide.',
  not_multiple_of: () => 'Valeur non multiple du pas attendu.',
  unrecognized_keys: () => 'Champ inconnu.',
  invalid_union: () => 'Valeur invalide.',
  invalid_key: () => 'Clé invalide.',
  invalid_element: () => 'Élément invalide.',
  invalid_value: () => 'Valeur non autorisée.',
  custom: () => 'Valeur invalide.',
};

const en: typeof fr = {
  invalid_type: () => 'Missing value or wrong type.',
  too_big: (p) => (p.maximum === undefined ? 'Value too big or too long.' : `Maximum ${String(p.maximum)}.`),
  too_small: (p) => (p.minimum === undefined ? 'Value too small or too short.' : `Minimum ${String(p.minimum)}.`),
  invalid_format: () => 'Invalid format.',
  not_multiple_of: () => 'Value is not a multiple of the expected step.',
  unrecognized_keys: () => 'Unknown field.',
  invalid_union: () => 'Invalid value.',
  invalid_key: () => 'Invalid key.',
  invalid_element: () => 'Invalid element.',
  invalid_value: () => 'Value not allowed.',
  custom: () => 'Invalid value.',
};

export function toFieldIssueCode(keyword: string): FieldIssueCode {
  return (FieldIssueCode as readonly string[]).includes(keyword) ? (keyword as FieldIssueCode) : 'custom';
}

/** The message of a field error, in the request's language (never zod's own text). */
export function fieldMessage(code: FieldIssueCode, params: FieldIssueParams, lang: Language): string {
  return { fr, en }[lang][code](params);
}
