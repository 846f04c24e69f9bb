import { contentHash } from '../text/contentHash';
import { COLUMN_KEYS } from '../template/ColumnKey';
import type { ColumnKey } from '../template/ColumnKey';

/** A row's values by template key as an import sends them: normalised texts (numbers and booleans as the sheet holds them), null when empty. */
export type SentValues = Partial<Record<ColumnKey, string | number | boolean | null>>;

/**
 * The fingerprint of a sheet row's values as an import sends them (normalised, by template key), filed under the
 * row's client code: so the code itself is left out (a row first imported without a code has the same fingerprint
 * once the write-back gave it one). A column the sheet lacks and an empty cell differ (the first leaves the store's
 * value, the second empties it). 14 hex digits.
 */
export function rowFingerprint(values: SentValues): string {
  const parts = COLUMN_KEYS.filter((key) => key !== 'code').map((key) => (Object.hasOwn(values, key) ? (values[key] ?? '') : null));
  return contentHash(JSON.stringify(parts));
}

/**
 * The store the fingerprints were taken against, as they are filed (src/excel/imports/fingerprintStore): a hash of the store's address,
 * so rows imported into one store are not taken as unchanged in another.
 */
export function fingerprintStoreKey(storeUrl: string): string {
  return contentHash(storeUrl.trim().replace(/\/+$/, '').toLowerCase());
}
