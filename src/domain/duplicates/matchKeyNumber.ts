/**
 * The number a blocking key is stored as (the store's index of keys holds numbers, not texts: a smaller index, so
 * writes that file a client under its keys touch fewer pages): 53 bits of two FNV-1a hashes of the key's UTF-16 code
 * units, an exact integer in JavaScript, JSON, SQLite and PostgreSQL's bigint. Two keys with one number only make a
 * client a candidate the rules then compare (matchClients decides; it never sees the numbers), so a collision — about
 * one chance in 10¹⁶ per pair of keys — costs a read, never a wrong match.
 */
export function matchKeyNumber(key: string): number {
  let high = 0x811c9dc5;
  let low = 0x050c5d1f;
  for (let index = 0; index < key.length; index += 1) {
    const unit = key.charCodeAt(index);
    high = Math.imul(high ^ unit, 0x01000193);
    low = Math.imul(low ^ unit, 0x01000193 + 0x3a8);
  }
  // 32 bits of the first, 21 of the second: below 2^53.
  return (high >>> 0) * 0x200000 + ((low >>> 0) & 0x1fffff);
}
