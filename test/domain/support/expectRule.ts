import type { RuleResult } from '@/domain';

/** A rule result in a shape that reads well in case tables: the value, or the code (and suggestion). */
export function summarize(result: RuleResult): { value: string; warning?: string } | { error: string; suggestion?: string } {
  if (result.ok) return result.warning === undefined ? { value: result.value } : { value: result.value, warning: result.warning.code };
  return result.problem.suggestion === null
    ? { error: result.problem.code }
    : { error: result.problem.code, suggestion: result.problem.suggestion };
}
