import { foldText } from '../text/foldText';

/** Stands for a letter an export lost (U+FFFD, the replacement character): `Stra�e` → `stra?e`. */
export const LOST_LETTER = '?';

/** Dolibarr's `Label (table.field)` and similar technical suffixes: the label is what a person reads. */
const TECHNICAL_SUFFIX = /\s*\([a-z_]+\.[a-z0-9_]+\)\s*$/i;
/** Word boundaries inside a word: `MobileNumber`, `VATIntra`, `AddressLine1`, `street2`. */
const CAMEL_BOUNDARY = /([a-z\u00e0-\u00ff])([A-Z])|([A-Z])([A-Z][a-z])|([A-Za-z\u00c0-\u00ff])(\d)|(\d)([A-Za-z])/g;

/**
 * A header cut into folded words: spaces, `_`, `-`, punctuation, camelCase and letter/digit boundaries split it;
 * case, accents and ligatures are folded as labels are (`foldText`). A lost letter (U+FFFD) stays as `?` inside
 * its word, so the word can still be recognised.
 */
export function headerWords(header: string): string[] {
  const label = headerLabel(header).replace(CAMEL_BOUNDARY, (...groups: (string | undefined)[]) => {
    const [, a, b, c, d, e, f, g, h] = groups;
    return `${a ?? c ?? e ?? g ?? ''} ${b ?? d ?? f ?? h ?? ''}`;
  });
  return label
    .split(/[^\p{L}\p{N}\uFFFD]+/u)
    .map((word) => word.split('\uFFFD').map(foldText).join(LOST_LETTER))
    .filter((word) => word.length > 0 && word !== LOST_LETTER);
}

/** The part of a header a person reads: without a technical `(table.field)` suffix. */
export function headerLabel(header: string): string {
  return header.replace(TECHNICAL_SUFFIX, '');
}

/** Whether `word` (which may hold lost letters) is `known`: each lost letter stands for one or two letters (ä, ß → ss). */
export function sameWord(word: string, known: string): boolean {
  if (!word.includes(LOST_LETTER)) return word === known;
  const pattern = word
    .split(LOST_LETTER)
    .map((part) => part.replace(/[^a-z0-9]/g, ''))
    .join('[a-z]{1,2}');
  return new RegExp(`^${pattern}$`).test(known);
}
