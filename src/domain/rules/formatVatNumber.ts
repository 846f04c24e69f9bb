import { SWISS_UID } from './normalizeVatNumber';

/**
 * A stored VAT number as people read it: a Swiss UID `CHE123456789IVA` as `CHE-123.456.789 IVA` (the suffix the user
 * gave kept, none added), an EU VAT number as stored (`FR12345678901`). Any other text comes back unchanged.
 */
export function formatVatNumber(stored: string): string {
  const swiss = SWISS_UID.exec(stored);
  if (swiss === null) return stored;
  const digits = swiss[1] ?? '';
  const uid = `CHE-${digits.slice(0, 3)}.${digits.slice(3, 6)}.${digits.slice(6)}`;
  return swiss[2] === undefined ? uid : `${uid} ${swiss[2]}`;
}
