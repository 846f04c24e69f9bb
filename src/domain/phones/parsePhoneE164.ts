import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import { fastParsePhone } from './fastParsePhone';
import { phoneMetadata } from './phoneMetadata';

/**
 * E.164 of a phone number written in `region`'s national format or in international format, when
 * valid by libphonenumber-js's complete metadata; undefined otherwise. Common spellings take a fast
 * path that gives the same answer.
 */
export function parsePhoneE164(text: string, region: string): string | undefined {
  const fast = fastParsePhone(text, region);
  if (fast !== undefined) return fast;
  if (text.length > 40) return undefined;
  try {
    const parsed = parsePhoneNumberFromString(text, { defaultCountry: region as CountryCode }, phoneMetadata);
    return parsed !== undefined && parsed.isValid() ? parsed.number : undefined;
  } catch {
    return undefined;
  }
}
