import { z } from 'zod';
import { checkTextCharacters } from '@/domain';

/**
 * A text the store takes outside the template's values (ids, search words, cursors, header texts), held to the
 * template engine's character rule (`checkTextCharacters`: no control character but tab and line breaks, no lone
 * surrogate). A refusal is a `custom` issue whose `params.issue` is the engine's code (`value.controlCharacter`,
 * `value.malformedText`), so the store names it as the sheet does.
 */
export const PlainText = z.string().check((payload) => {
  const problem = checkTextCharacters(payload.value);
  if (problem === null) return;
  payload.issues.push({ code: 'custom', input: payload.value, message: problem.code, params: { issue: problem.code, ...problem.params } });
});
export type PlainText = z.infer<typeof PlainText>;
