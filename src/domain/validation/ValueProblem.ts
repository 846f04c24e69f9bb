import type { RuleProblem } from '../issues/RuleProblem';
import type { ColumnKey } from '../template/ColumnKey';

/** A rule's problem with the key of the value it concerns. */
export type ValueProblem = RuleProblem & { key: ColumnKey };
