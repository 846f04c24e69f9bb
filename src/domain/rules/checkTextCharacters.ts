import { ruleProblem, type RuleProblem } from '../issues/RuleProblem';

// Control characters (C0 but tab, line feed and carriage return; DEL; C1) and UTF-16 surrogates, paired or not:
// one scan finds whether a text needs a closer look (a paired surrogate, an emoji, is fine).
// eslint-disable-next-line no-control-regex -- control characters are what this rule looks for
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/;

/**
 * The character rule of every text the add-in, the CLI and the store take in (cell values, ids, search words,
 * cursors, header texts): no control character other than tab and line breaks (a one-line value reads those as
 * spaces, notes keep them), and no lone UTF-16 surrogate (an ill-formed string: no UTF-8 for it, so a database
 * would store garbage or refuse it). Null when the text is clean; else the first offending character's problem,
 * its 1-based position in `position`.
 */
export function checkTextCharacters(text: string): RuleProblem | null {
  if (!SUSPECT.test(text)) return null;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index += 1;
        continue;
      }
      return ruleProblem('value.malformedText', { position: index + 1 });
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) return ruleProblem('value.malformedText', { position: index + 1 });
    if (isControl(unit)) return ruleProblem('value.controlCharacter', { position: index + 1 });
  }
  return null;
}

/** True when `checkTextCharacters` finds nothing to say. */
export function hasCleanCharacters(text: string): boolean {
  return checkTextCharacters(text) === null;
}

function isControl(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return false;
  return unit <= 0x1f || (unit >= 0x7f && unit <= 0x9f);
}
