import { ruleProblem } from '../issues/RuleProblem';
import type { RuleResult } from '../rules/RuleResult';
import { shortValue } from '../rules/shortValue';
import { nationalPrefixOf } from './fastPhonePlans';
import { parsePhoneE164 } from './parsePhoneE164';

const BARE_DIGITS = /^[1-9]\d{5,15}$/;

/**
 * Phone number stored as E.164. The region is the row's country, else the home country. Digits alone
 * without their leading `0` or `+` — what Excel keeps of `079 123 45 67` or `+41 79…` stored as a
 * number — are read with the trunk prefix (national) or the `+` (international) put back when exactly
 * one of the two readings is valid, with a warning (in regions without a trunk prefix, digits that are
 * valid as written need no repair); any other number is an error. The warning says Excel stored the
 * number (`phone.leadingZeroRestored`) only when the cell held one: digits written as text (a CSV cell, a
 * text cell; `raw` a string) get `phone.prefixAssumed`, which says the prefix was supplied, not restored.
 * Without `raw`, the cell is taken to have held a number.
 */
export function normalizePhone(text: string, region: string, raw?: unknown): RuleResult {
  if (BARE_DIGITS.test(text)) return recoverBareDigits(text, region, typeof raw === 'string');
  const e164 = parsePhoneE164(text, region);
  if (e164 !== undefined) return { ok: true, value: e164 };
  return { ok: false, problem: ruleProblem('phone.invalid', { value: shortValue(text), country: region }) };
}

function recoverBareDigits(digits: string, region: string, writtenAsText: boolean): RuleResult {
  const trunkPrefix = nationalPrefixOf(region);
  if (trunkPrefix === '') {
    // Where numbers have no trunk prefix (ES, IT mobiles, US), bare digits are the normal spelling.
    const asWritten = parsePhoneE164(digits, region);
    if (asWritten !== undefined) return { ok: true, value: asWritten };
  }
  const national = trunkPrefix === '' ? undefined : parsePhoneE164(`${trunkPrefix}${digits}`, region);
  const international = parsePhoneE164(`+${digits}`, region);
  const restored =
    national !== undefined && international !== undefined && national !== international ? undefined : (national ?? international);
  if (restored === undefined) {
    return { ok: false, problem: ruleProblem('phone.invalid', { value: digits, country: region }) };
  }
  const code = writtenAsText ? 'phone.prefixAssumed' : 'phone.leadingZeroRestored';
  return { ok: true, value: restored, warning: ruleProblem(code, { value: digits, restored, country: region }) };
}
