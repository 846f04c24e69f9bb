import { ruleProblem } from '../issues/RuleProblem';
import type { RuleResult } from './RuleResult';
import { shortValue } from './shortValue';

/** Digit count of postal codes in the countries that have a fixed one; other countries are free text. */
export const POSTAL_CODE_DIGITS: Readonly<Record<string, number>> = {
  CH: 4,
  LI: 4,
  AT: 4,
  BE: 4,
  LU: 4,
  FR: 5,
  DE: 5,
  IT: 5,
  ES: 5,
  MC: 5,
};
/** Country prefixes written before the digits (`CH-1200`, `F-75001`, `D-10115`). */
const COUNTRY_PREFIX = /^(?:[A-Z]{1,3})\s*-\s*|^(?:CH|FL|FR|DE|IT|AT|BE|LU|ES|MC)\s+/i;
const INNER_SPACES = /\s+/g;

/**
 * Postal code by country (the row's country, else the home country): 4 digits in CH, LI, AT, BE,
 * LU; 5 in FR, DE, IT, ES, MC, where a 4-digit code — what Excel leaves of `01000` stored as a number —
 * gets its leading zero back with a warning; other countries: free text. The warning says Excel stored the
 * code as a number (`postalCode.leadingZeroRestored`) only when the cell held one: four digits written as
 * text (a CSV cell, a text cell; `raw` a string) get `postalCode.leadingZeroAssumed`. Without `raw`, the
 * cell is taken to have held a number.
 */
export function normalizePostalCode(text: string, country: string, raw?: unknown): RuleResult {
  const digits = POSTAL_CODE_DIGITS[country];
  const cleaned = text.replace(INNER_SPACES, ' ').trim();
  if (digits === undefined) {
    if (cleaned.length > 12) return { ok: false, problem: ruleProblem('value.tooLong', { max: 12, length: cleaned.length }) };
    return { ok: true, value: cleaned };
  }
  const code = cleaned.replace(COUNTRY_PREFIX, '').replace(INNER_SPACES, '');
  if (code.length === digits && isDigits(code)) return { ok: true, value: code };
  if (digits === 5 && code.length === 4 && isDigits(code)) {
    const restored = `0${code}`;
    return {
      ok: true,
      value: restored,
      warning: ruleProblem(typeof raw === 'string' ? 'postalCode.leadingZeroAssumed' : 'postalCode.leadingZeroRestored', {
        value: shortValue(text),
        restored,
        country,
      }),
    };
  }
  return { ok: false, problem: ruleProblem('postalCode.invalid', { value: shortValue(text), digits, country }) };
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return text.length > 0;
}
