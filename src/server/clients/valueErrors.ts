import type { FieldError } from '../../contract/ApiError';
import type { ImportRowErrorCode } from '../../contract/ImportRowErrorCode';
import { describeIssue, ISSUE_SEVERITY, type ColumnKey, type ValueProblem } from '../../domain/index';
import type { Lang } from '../i18n/preferredLanguage';
import { storeFieldMessage } from '../i18n/storeFieldMessages';

/** The template engine's errors (warnings dropped) as field errors: path = template key, code and text from the engine. */
export function valueErrors(problems: readonly ValueProblem[], lang: Lang): FieldError[] {
  return problems
    .filter((problem) => ISSUE_SEVERITY[problem.code] === 'error')
    .map((problem) => ({ path: problem.key, code: problem.code, message: describeIssue(problem, lang) }));
}

/** A store-side field error (uniqueness, matching). */
export function storeFieldError(path: ColumnKey, code: ImportRowErrorCode, lang: Lang): FieldError {
  return { path, code, message: storeFieldMessage(code, lang) };
}
