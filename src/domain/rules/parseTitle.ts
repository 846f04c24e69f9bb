import { ruleProblem } from '../issues/RuleProblem';
import { findClosest, type ClosestCandidate } from '../text/findClosest';
import { foldText } from '../text/foldText';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

/** The civilités a sheet holds (the template's dropdown). */
export const TITLE_VALUES = ['M.', 'Mme'] as const;
export type TitleValue = (typeof TITLE_VALUES)[number];

/** The two civilités of the template and the spellings accepted for each (folded). */
const TITLES: ReadonlyMap<string, TitleValue> = new Map([
  ...['m', 'mr', 'monsieur', 'mister', 'herr', 'hr', 'signor', 'sig'].map((variant) => [variant, 'M.'] as const),
  ...['mme', 'madame', 'mrs', 'ms', 'miss', 'mlle', 'mademoiselle', 'frau', 'fr', 'signora', 'sigra'].map(
    (variant) => [variant, 'Mme'] as const,
  ),
]);

/** Long spellings only: a typo in `Mr` or `Ms` could be either. */
const candidates: readonly ClosestCandidate[] = [...TITLES]
  .filter(([folded]) => folded.length > 4)
  .map(([folded, title]) => ({ folded, display: title, names: title }));

/** Words of an academic or professional title (folded): Dr, Prof., Me (Maître), Dr. med., Prof. Dr. h. c., Dipl.-Ing.… */
const ACADEMIC_HEADS: ReadonlySet<string> = new Set([
  'dr',
  'dre',
  'prof',
  'me',
  'maitre',
  'docteur',
  'doctoresse',
  'professeur',
  'doktor',
  'professor',
  'pd',
]);
const ACADEMIC_WORDS: ReadonlySet<string> = new Set([
  ...ACADEMIC_HEADS,
  'med',
  'dent',
  'vet',
  'phil',
  'iur',
  'jur',
  'rer',
  'nat',
  'pol',
  'oec',
  'sc',
  'techn',
  'theol',
  'h',
  'c',
  'hc',
  'dipl',
  'ing',
  'mult',
]);

/** An academic title alone (`Dr`, `Prof. Dr.`, `Dr. med.`), not a civilité: true when every word is one of its words. */
function isAcademicTitle(text: string): boolean {
  const words = text
    .split(/[\s.\-/]+/)
    .map(foldText)
    .filter((word) => word.length > 0);
  return words.length > 0 && ACADEMIC_HEADS.has(words[0] ?? '') && words.every((word) => ACADEMIC_WORDS.has(word));
}

/**
 * Civilité: `M.` or `Mme`, from Monsieur, Madame, Mr, Mrs, Ms, Herr, Frau and their abbreviations. An academic title
 * (`Dr`, `Prof.`, `Me`…) is no civilité: the civilité stays empty (the value is ''), with a warning; none is guessed.
 */
export function parseTitle(text: string): RuleResult {
  const title = TITLES.get(foldText(text));
  if (title !== undefined) return { ok: true, value: title };
  if (isAcademicTitle(text)) return { ok: true, value: '', warning: ruleProblem('title.academic', { value: shortValue(text) }) };
  return { ok: false, problem: ruleProblem('title.unknown', { value: shortValue(text) }, findClosest(text, candidates) ?? null) };
}
