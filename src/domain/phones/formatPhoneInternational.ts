import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { phoneMetadata } from './phoneMetadata';

const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * A stored E.164 phone in international format by the format patterns of libphonenumber-js's metadata
 * (`+41223104567` → `+41 22 310 45 67`, `+33612345678` → `+33 6 12 34 56 78`). A number the metadata does not
 * know, or a text that is not E.164, comes back unchanged.
 */
export function formatPhoneInternational(e164: string): string {
  if (!E164.test(e164)) return e164;
  try {
    const parsed = parsePhoneNumberFromString(e164, phoneMetadata);
    return parsed !== undefined && parsed.isValid() ? parsed.formatInternational() : e164;
  } catch {
    return e164;
  }
}
