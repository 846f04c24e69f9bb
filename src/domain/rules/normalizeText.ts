import { ruleProblem } from '../issues/RuleProblem';
import type { RuleResult } from './RuleResult';

const SPACES = /\s+/g;
const UNUSUAL_SPACING = /\s\s|[^\S ]/;

/** Single-line text: trimmed, inner runs of spaces (and line breaks) made one space, length checked. */
export function normalizeText(text: string, maxLength: number): RuleResult {
  const value = UNUSUAL_SPACING.test(text) ? text.replace(SPACES, ' ').trim() : text.trim();
  return checkLength(value, maxLength);
}

/** Multi-line text (notes): trimmed, line breaks kept, length checked. */
export function normalizeMultilineText(text: string, maxLength: number): RuleResult {
  return checkLength(text.replace(/\r\n?/g, '\n').trim(), maxLength);
}

function checkLength(value: string, maxLength: number): RuleResult {
  if (value.length > maxLength) return { ok: false, problem: ruleProblem('value.tooLong', { max: maxLength, length: value.length }) };
  return { ok: true, value };
}
