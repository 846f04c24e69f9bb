import { ruleProblem } from '../issues/RuleProblem';
import type { RuleResult } from '../rules/RuleResult';
import { findClosest } from '../text/findClosest';
import { foldText } from '../text/foldText';
import { countryIndex } from './countryIndex';

export type CountryKind = 'country' | 'nationality';
export type CountryResult = RuleResult;

/**
 * ISO 3166-1 alpha-2 code from a code (alpha-2 or alpha-3) or a French, English or German name,
 * ignoring case, accents, hyphens and apostrophes; nationalities also from demonyms. On a miss,
 * the closest known name is the suggestion.
 */
export function parseCountry(text: string, kind: CountryKind): CountryResult {
  if (text.length === 2) {
    const upper = text.toUpperCase();
    if (countryIndex.codes.has(upper)) return { ok: true, value: upper };
    if (upper === 'UK') return { ok: true, value: 'GB' };
    if (upper === 'EL') return { ok: true, value: 'GR' };
  }
  const map = kind === 'country' ? countryIndex.names : countryIndex.nationalities;
  const direct = map.get(text.toLowerCase());
  if (direct !== undefined) return { ok: true, value: direct };
  const folded = foldText(text);
  const found = map.get(folded);
  if (found !== undefined) return { ok: true, value: found };
  const candidates = kind === 'country' ? countryIndex.countryCandidates : countryIndex.nationalityCandidates;
  const suggestion = findClosest(text, candidates) ?? null;
  return { ok: false, problem: ruleProblem(kind === 'country' ? 'country.unknown' : 'nationality.unknown', { value: text }, suggestion) };
}
