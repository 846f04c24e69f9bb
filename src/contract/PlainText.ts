import { z } from 'zod';
import { checkTextCharacters, type IssueCode, type IssueParams } from '@/domain';

type CheckPayload = { value: unknown; issues: unknown[] };

/**
 * Reports a template engine's problem from a contract check: a `custom` issue whose `params.issue` is the engine's
 * code (the store's error handler names the field with that code and the engine's text, as the sheet does). Only
 * `position` of the parameters travels: the value itself is never echoed.
 */
export function pushEngineIssue(payload: CheckPayload, code: IssueCode, params: Pick<IssueParams, 'position'> = {}): void {
  payload.issues.push({ code: 'custom', input: payload.value, message: code, params: { issue: code, ...params } });
}

/**
 * A text the store takes outside the template's values (ids, search words, cursors, header texts), held to the
 * template engine's character rule (`checkTextCharacters`: no control character but tab and line breaks, no lone
 * surrogate), refused as `value.controlCharacter` or `value.malformedText`.
 */
export const PlainText = z.string().check((payload) => {
  const problem = checkTextCharacters(payload.value);
  if (problem !== null) pushEngineIssue(payload, problem.code, { position: problem.params.position });
});
export type PlainText = z.infer<typeof PlainText>;
