import { ruleProblem } from '../issues/RuleProblem';
import { foldText } from '../text/foldText';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

/** The two civilités of the template and the spellings accepted for each (folded). */
const TITLES: ReadonlyMap<string, 'M.' | 'Mme'> = new Map([
  ...['m', 'mr', 'monsieur', 'mister', 'herr', 'hr', 'signor', 'sig'].map((variant) => [variant, 'M.'] as const),
  ...['mme', 'madame', 'mrs', 'ms', 'miss', 'mlle', 'mademoiselle', 'frau', 'fr', 'signora', 'sigra'].map(
    (variant) => [variant, 'Mme'] as const,
  ),
]);

/** Civilité: `M.` or `Mme`, from Monsieur, Madame, Mr, Mrs, Ms, Herr, Frau and their abbreviations. */
export function parseTitle(text: string): RuleResult {
  const title = TITLES.get(foldText(text));
  if (title === undefined) return { ok: false, problem: ruleProblem('title.unknown', { value: shortValue(text) }) };
  return { ok: true, value: title };
}
