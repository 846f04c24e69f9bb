import type { RuleProblem } from '../issues/RuleProblem';

/** A cell rule's answer: the normalised value (maybe with a warning about a repair), or the problem. */
export type RuleResult = { ok: true; value: string; warning?: RuleProblem } | { ok: false; problem: RuleProblem };
