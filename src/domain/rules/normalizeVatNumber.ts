import { ruleProblem } from '../issues/RuleProblem';
import { euVatFormats } from './euVatFormats';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';
import { swissUidCheckDigit } from './swissUidCheckDigit';

const SEPARATORS = /[\s.\-/,_]/g;
/** A stored (compact) Swiss UID: nine digits, then the suffix the user gave, if any. */
export const SWISS_UID = /^CHE(\d{9})(TVA|MWST|IVA|HR)?$/;

/**
 * VAT number, stored compact (`CHE123456789MWST`, `FR12345678901`): a Swiss UID with a verified check
 * digit and an optional TVA/MWST/IVA suffix, or an EU VAT number in its country's format (GR is written EL).
 */
export function normalizeVatNumber(text: string): RuleResult {
  const compact = text.toUpperCase().replace(SEPARATORS, '');
  const swiss = SWISS_UID.exec(compact);
  if (swiss !== null) {
    const digits = swiss[1] ?? '';
    if (swissUidCheckDigit(digits.slice(0, 8)) !== Number(digits.charAt(8))) {
      return { ok: false, problem: ruleProblem('vat.checkDigit', { value: shortValue(text) }) };
    }
    return { ok: true, value: compact };
  }
  const prefix = compact.startsWith('GR') ? 'EL' : compact.slice(0, 2);
  const format = euVatFormats[prefix];
  const rest = compact.slice(2);
  if (format !== undefined && format.test(rest)) return { ok: true, value: prefix + rest };
  return { ok: false, problem: ruleProblem('vat.invalid', { value: shortValue(text) }) };
}
