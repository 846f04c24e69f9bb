import { ruleProblem } from '../issues/RuleProblem';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

const LOCAL_PART = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00C0-\uFFFF-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u00C0-\uFFFF-]+)*$/;
const DOMAIN = /^(?:[a-z0-9\u00C0-\uFFFF](?:[a-z0-9\u00C0-\uFFFF-]{0,61}[a-z0-9\u00C0-\uFFFF])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Email address: trimmed, checked (one `@`, a dotted domain with a real top-level part), domain lower-cased. */
export function normalizeEmail(text: string): RuleResult {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf('@');
  const invalid: RuleResult = { ok: false, problem: ruleProblem('email.invalid', { value: shortValue(trimmed) }) };
  if (at <= 0 || trimmed.length > 254) return invalid;
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return invalid;
  return { ok: true, value: `${local}@${domain}` };
}
