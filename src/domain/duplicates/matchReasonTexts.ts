import type { Language } from '../messages/Language';
import type { MatchReason } from './matchClients';

/** The reasons of a probable duplicate in words, in each language: the one owner of these texts (pane, API, sheet). */
export const matchReasonTexts: Record<Language, Record<MatchReason, string>> = {
  fr: {
    sameNameBirthDate: 'même nom et même date de naissance',
    sameUid: 'même numéro IDE / TVA',
    samePhone: 'même numéro de téléphone',
    sameEmailName: 'même nom et même adresse e-mail avant le @',
    nearNameBirthDate: 'nom presque identique et même date de naissance',
    sameNamePostalCode: 'même nom et même NPA',
  },
  en: {
    sameNameBirthDate: 'same name and same date of birth',
    sameUid: 'same UID / VAT number',
    samePhone: 'same phone number',
    sameEmailName: 'same name and same e-mail address before the @',
    nearNameBirthDate: 'almost the same name and same date of birth',
    sameNamePostalCode: 'same name and same postal code',
  },
};

/** "même nom et même date de naissance, même numéro de téléphone": a candidate's reasons in the reader's language. */
export function describeMatchReasons(reasons: readonly MatchReason[], lang: Language): string {
  return reasons.map((reason) => matchReasonTexts[lang][reason]).join(', ');
}
