import { foldText } from '../../domain/index';
import type { StoredValues } from './clientColumns';

const SEARCHED = ['lastName', 'firstName', 'company', 'email', 'code', 'city'] as const;
/** Keys whose words are also split at inner punctuation (a code is searched from its start only). */
const SPLIT: ReadonlySet<string> = new Set(['lastName', 'firstName', 'company', 'email', 'city']);
const SPACES = /\s+/;
const INNER_SEPARATORS = /[^\p{L}\p{N}]+/u;
const ONLY_DIGITS = /^\d+$/;

/**
 * The folded words a search prefix can match, without duplicates: each space-separated word of
 * last name, first name, company, email, code and city, folded whole (`Jean-Pierre` → `jeanpierre`,
 * `O'Neil` → `oneil`) and, when it has inner punctuation, also piece by piece (`jeanpierre`,
 * `jean`, `pierre`; an email also gives the names of its local part; a code only its whole).
 */
export function searchWords(values: Pick<StoredValues, (typeof SEARCHED)[number]>): string[] {
  const words = new Set<string>();
  for (const key of SEARCHED) {
    const text = values[key];
    if (!text) continue;
    for (const chunk of text.split(SPACES)) {
      const whole = foldText(chunk);
      if (whole.length === 0) continue;
      words.add(whole);
      if (!SPLIT.has(key) || !INNER_SEPARATORS.test(chunk)) continue;
      // An email's pieces: its local part only (`jean.dupont@acme.ch` → jean, dupont), not the domain.
      const pieces = key === 'email' ? chunk.slice(0, Math.max(0, chunk.lastIndexOf('@'))) : chunk;
      for (const piece of pieces.split(INNER_SEPARATORS)) {
        const folded = foldText(piece);
        // Digits alone inside a word (`jean.dupont.79@…`) are no one's search: the whole word has them.
        if (folded.length > 0 && !ONLY_DIGITS.test(folded)) words.add(folded);
      }
    }
  }
  return [...words];
}

/** The folded words of a search query (at most 8), each to be matched as a prefix. */
export function queryWords(q: string | undefined): string[] {
  if (q === undefined) return [];
  return [...new Set(q.split(SPACES).map(foldText).filter((word) => word.length > 0))].slice(0, 8);
}
