import { ruleProblem } from '../issues/RuleProblem';
import { findClosest, type ClosestCandidate } from '../text/findClosest';
import { foldText } from '../text/foldText';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

export const LANGUAGE_CODES = ['fr', 'de', 'it', 'en'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** The French names of the languages: the template's dropdown values, and what a sheet written by the add-in holds. */
export const LANGUAGE_NAMES_FR: Readonly<Record<LanguageCode, string>> = { fr: 'Français', de: 'Allemand', it: 'Italien', en: 'Anglais' };

/** The French name of a stored language code (`de` → `Allemand`); any other text unchanged. */
export function languageNameFr(code: string): string {
  return (LANGUAGE_NAMES_FR as Record<string, string | undefined>)[code] ?? code;
}

const NAMES: Readonly<Record<LanguageCode, readonly string[]>> = {
  fr: ['fr', 'f', 'fra', 'fre', 'français', 'française', 'French', 'Französisch', 'francese', 'fr-CH', 'fr-FR', 'fr-BE'],
  de: [
    'de',
    'd',
    'deu',
    'ger',
    'allemand',
    'suisse allemand',
    'German',
    'Deutsch',
    'Schweizerdeutsch',
    'tedesco',
    'de-CH',
    'de-DE',
    'de-AT',
  ],
  it: ['it', 'i', 'ita', 'italien', 'Italian', 'Italienisch', 'italiano', 'it-CH', 'it-IT'],
  en: ['en', 'e', 'eng', 'anglais', 'English', 'Englisch', 'inglese', 'en-GB', 'en-US'],
};

const index = new Map<string, LanguageCode>();
const candidates: ClosestCandidate[] = [];
for (const code of LANGUAGE_CODES) {
  for (const name of NAMES[code]) {
    index.set(foldText(name), code);
    if (name.length > 3) candidates.push({ folded: foldText(name), display: name, names: code });
  }
}

/** Correspondence language: fr, de, it or en, from the code or the name (français, Deutsch, italiano, English…). */
export function parseLanguage(text: string): RuleResult {
  const code = index.get(foldText(text));
  if (code !== undefined) return { ok: true, value: code };
  return { ok: false, problem: ruleProblem('language.unknown', { value: shortValue(text) }, findClosest(text, candidates) ?? null) };
}
