import { fastPhonePlan, singleRegionOfCallingCode, type FastPhonePlan } from './fastPhonePlans';

const MAX_DIGITS = 17;

/**
 * E.164 of the common spellings — `022 123 45 67`, `+41 79 123 45 67`, `0041 79…`, `01.23.45.67.89`,
 * `030/1234567` — checked against the same libphonenumber-js metadata, without its general parser.
 * Undefined whenever the input is anything else or not valid: the caller then asks libphonenumber-js,
 * so this path only ever accepts what libphonenumber-js accepts, giving the same E.164.
 */
export function fastParsePhone(text: string, region: string): string | undefined {
  let digits = '';
  let plus = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char >= 48 && char <= 57) {
      digits += text[i];
      if (digits.length > MAX_DIGITS + 3) return undefined;
    } else if (char === 43 /* + */) {
      if (plus || digits.length > 0) return undefined;
      plus = true;
    } else if (!(
      char === 32 ||
      char === 46 ||
      char === 45 ||
      char === 47 ||
      char === 40 ||
      char === 41 ||
      char === 160 ||
      char === 0x202f
    )) {
      return undefined;
    }
  }
  if (plus) return international(digits);
  const home = fastPhonePlan(region);
  if (home === null) return undefined;
  if (home.iddPrefix === '00' && digits.startsWith('00')) return international(digits.slice(2));
  if (home.nationalPrefix === '') return e164(home, digits);
  if (!digits.startsWith(home.nationalPrefix)) return undefined;
  return e164(home, digits.slice(home.nationalPrefix.length));
}

function international(digits: string): string | undefined {
  for (let length = 1; length <= 3 && length < digits.length; length++) {
    const region = singleRegionOfCallingCode(digits.slice(0, length));
    if (region === undefined) continue;
    const plan = fastPhonePlan(region);
    if (plan === null) return undefined;
    const national = digits.slice(length);
    if (plan.nationalPrefix !== '' && national.startsWith(plan.nationalPrefix)) return undefined;
    return e164(plan, national);
  }
  return undefined;
}

function e164(plan: FastPhonePlan, national: string): string | undefined {
  if (national.length < 2 || national.length > MAX_DIGITS || !plan.general.test(national)) return undefined;
  for (const type of plan.types) {
    if (type.lengths !== undefined && !type.lengths.includes(national.length)) continue;
    if (type.pattern.test(national)) return `+${plan.callingCode}${national}`;
  }
  return undefined;
}
