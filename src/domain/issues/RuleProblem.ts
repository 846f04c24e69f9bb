import type { IssueParams } from './Issue';
import type { IssueCode } from './IssueCode';

/** What a cell rule reports: the code, its parameters, maybe a suggestion; the location is added by the caller. */
export type RuleProblem = { code: IssueCode; params: IssueParams; suggestion: string | null };

export function ruleProblem(code: IssueCode, params: IssueParams = {}, suggestion: string | null = null): RuleProblem {
  return { code, params, suggestion };
}
