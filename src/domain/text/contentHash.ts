/** cyrb53: a fast 53-bit string hash (not cryptographic), from `seed`. */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A short hash of a text, to tell contents apart (not to protect them): `words` independent 53-bit cyrb53 hashes (seeds
 * 1, 2…), each as 14 hex digits. One word: two different texts collide about once in 10^16 pairs.
 */
export function contentHash(text: string, words = 1): string {
  let hash = '';
  for (let seed = 1; seed <= words; seed += 1) hash += cyrb53(text, seed).toString(16).padStart(14, '0');
  return hash;
}
