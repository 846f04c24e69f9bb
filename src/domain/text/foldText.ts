const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l' };
const LIGATURE_PATTERN = /[ßæœøđł]/g;
const NOT_ALPHANUMERIC = /[^a-z0-9]+/g;
/** Text of printable ASCII only: nothing to decompose, so the Unicode steps are skipped (most names and e-mails). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Folds a label for comparison: lower case, accents removed, ligatures spelt out, and everything
 * that is not a letter or a digit (spaces, punctuation, apostrophes of any kind, `*`) dropped.
 * `"Né(e) le *"` → `"neele"`, `"Pays d’exercice"` → `"paysdexercice"`.
 */
export function foldText(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(NOT_ALPHANUMERIC, '');
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURE_PATTERN, (letter) => LIGATURES[letter] ?? letter)
    .replace(NOT_ALPHANUMERIC, '');
}
