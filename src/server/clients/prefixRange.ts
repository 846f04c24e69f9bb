const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * The range of folded words (letters a–z and digits only) that start with `prefix`:
 * `word >= lower and (upper === null or word < upper)`. A b-tree range, so an index serves it on
 * SQLite and PostgreSQL alike (`dupo` → [`dupo`, `dupp`); `az` → [`az`, `b`); `zz` → [`zz`, none)).
 */
export function prefixRange(prefix: string): { lower: string; upper: string | null } {
  let end = prefix.length;
  while (end > 0 && prefix[end - 1] === 'z') end -= 1;
  if (end === 0) return { lower: prefix, upper: null };
  const last = prefix[end - 1] ?? '';
  const next = ALPHABET[ALPHABET.indexOf(last) + 1] ?? 'z';
  return { lower: prefix, upper: prefix.slice(0, end - 1) + next };
}
