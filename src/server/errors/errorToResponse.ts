import type { FieldError } from '@/contract/ApiError';
import type { Conflict, PossibleDuplicate } from '@/contract/Conflict';
import type { ErrorCode } from '@/contract/ErrorCode';
import { errorMessage, fieldMessage, toFieldIssueCode } from '../i18n/serverMessages';
import { describeIssue, ISSUE_CODES, type IssueCode, type IssueParams, type Language } from '@/domain';
import { StoreError } from './StoreError';
import { statusForErrorCode } from './statusForErrorCode';

export type ErrorResponse = {
  statusCode: number;
  /** The ApiError shape; a 409 may add `current`, or the `candidates` of a probable duplicate. */
  body: Conflict | PossibleDuplicate;
  /** True for the unexpected (500): the handler logs it, by name and code only. */
  unexpected: boolean;
};

type SchemaIssue = { instancePath?: string; keyword?: string; params?: Record<string, unknown> };

/**
 * Turns anything thrown while handling a request into the ApiError answer: our StoreErrors keep
 * their code; schema errors become validation_failed with one field per issue; Fastify's own
 * client errors map to the nearest code; everything else is a 500 with a generic message.
 */
export function errorToResponse(error: unknown, lang: Language): ErrorResponse {
  if (error instanceof StoreError) {
    const response = answer(error.code, lang, error.fields);
    if (error.candidates !== undefined) return { ...response, body: { ...response.body, candidates: error.candidates } };
    const withCurrent = error.current === undefined ? response : { ...response, body: { ...response.body, current: error.current } };
    return error.other === undefined ? withCurrent : { ...withCurrent, body: { ...withCurrent.body, other: error.other } };
  }
  if (hasValidation(error)) {
    const context = 'validationContext' in error && typeof error.validationContext === 'string' ? error.validationContext : 'body';
    return answer(
      'validation_failed',
      lang,
      error.validation.flatMap((issue) => toFieldErrors(issue, context, lang)),
    );
  }
  const statusCode = typeof error === 'object' && error !== null && 'statusCode' in error ? error.statusCode : undefined;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return answer(clientErrorCode(statusCode), lang, []);
  }
  return { ...answer('internal', lang, []), unexpected: true };
}

function answer(code: ErrorCode, lang: Language, fields: FieldError[]): ErrorResponse {
  return { statusCode: statusForErrorCode(code), body: { error: { code, message: errorMessage(code, lang), fields } }, unexpected: false };
}

function clientErrorCode(statusCode: number): ErrorCode {
  if (statusCode === 401) return 'unauthorized';
  if (statusCode === 404) return 'not_found';
  if (statusCode === 413) return 'payload_too_large';
  if (statusCode === 429) return 'rate_limited';
  return 'validation_failed';
}

function hasValidation(error: unknown): error is { validation: SchemaIssue[] } {
  return typeof error === 'object' && error !== null && 'validation' in error && Array.isArray(error.validation);
}

/** A key name short and clean enough to be named back in `path`; other unknown keys are reported on their object. */
const NAMEABLE_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** One field error per issue; an object's unknown keys, one per key (named by its own path when nameable). */
function toFieldErrors(issue: SchemaIssue, context: string, lang: Language): FieldError[] {
  const keys = issue.keyword === 'unrecognized_keys' ? issue.params?.keys : undefined;
  if (!Array.isArray(keys) || keys.length === 0) return [toFieldError(issue, context, lang)];
  const named = keys.filter((key): key is string => typeof key === 'string' && NAMEABLE_KEY.test(key));
  const errors = named.map((key) => toFieldError({ ...issue, instancePath: `${issue.instancePath ?? ''}/${key}` }, context, lang));
  return named.length < keys.length ? [...errors, toFieldError(issue, context, lang)] : errors;
}

function toFieldError(issue: SchemaIssue, context: string, lang: Language): FieldError {
  const path = fieldPath(issue, context);
  const engineIssue = engineIssueOf(issue);
  if (engineIssue !== null) return { path, code: engineIssue.code, message: describeIssue(engineIssue, lang) };
  const code = toFieldIssueCode(issue.keyword ?? 'custom');
  return { path, code, message: fieldMessage(code, issue.params ?? {}, lang) };
}

function fieldPath(issue: SchemaIssue, context: string): string {
  const inner = (issue.instancePath ?? '')
    .split('/')
    .filter((segment) => segment.length > 0)
    .join('.');
  return context === 'body' ? inner : [context, inner].filter((part) => part.length > 0).join('.');
}

/** A `custom` issue raised by a contract check with the template engine's rule (PlainText): its engine code and parameters. */
function engineIssueOf(issue: SchemaIssue): { code: IssueCode; params: IssueParams } | null {
  if (issue.keyword !== 'custom') return null;
  const params = issue.params?.params;
  if (typeof params !== 'object' || params === null || !('issue' in params)) return null;
  const { issue: code, position } = params as { issue: unknown; position?: unknown };
  if (!(ISSUE_CODES as readonly unknown[]).includes(code)) return null;
  return { code: code as IssueCode, params: typeof position === 'number' ? { position } : {} };
}
