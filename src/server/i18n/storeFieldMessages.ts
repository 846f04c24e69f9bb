import type { ImportRowErrorCode } from '../../contract/ImportRowErrorCode';
import type { Language } from '../../domain/messages/Language';

const fr: Record<ImportRowErrorCode, string> = {
  'match.ambiguous': 'Le code client et l’adresse e-mail désignent deux clients différents : ligne non importée, vérifiez lequel est le bon.',
  'match.notFound': 'Aucun client existant ne correspond (ni par code client, ni par e-mail) : ligne non importée en mode mise à jour.',
  'match.exists': 'Ce client existe déjà (même code client ou même e-mail) : ligne non importée en mode création.',
  'email.taken': 'Cette adresse e-mail appartient déjà à un autre client.',
  'code.taken': 'Ce code client appartient déjà à un autre client (éventuellement supprimé).',
};

const en: typeof fr = {
  'match.ambiguous': 'The client code and the email point at two different clients: row not imported, check which one is right.',
  'match.notFound': 'No existing client matches (neither by client code nor by email): row not imported in update mode.',
  'match.exists': 'This client already exists (same client code or same email): row not imported in create mode.',
  'email.taken': 'This email address already belongs to another client.',
  'code.taken': 'This client code already belongs to another client (possibly deleted).',
};

/** The text of a store-side field error (matching and uniqueness), in the request's language. */
export function storeFieldMessage(code: ImportRowErrorCode, lang: Language): string {
  return { fr, en }[lang][code];
}

/** The text of the 413 of an import batch with too many rows, naming the limit. */
export function batchLimitMessage(max: number, lang: Language): string {
  return lang === 'fr' ? `Au plus ${max} lignes par lot d’import : découpez l’envoi.` : `At most ${max} rows per import batch: split the upload.`;
}
