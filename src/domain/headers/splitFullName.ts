/** A full name cut into family name and given names; `guessed` when the order or the cut is a guess the user should check. */
export type SplitName = { lastName: string; firstName: string; guessed: boolean };

/** Family-name particles: `Jean de la Fontaine`, `Ludwig van der Rohe`, `Anna di Stefano`. */
const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  "d'",
  'von',
  'vom',
  'zu',
  'van',
  'der',
  'den',
  'ter',
  'ten',
  'di',
  'da',
  'del',
  'della',
  'dos',
  'das',
  'do',
  'mac',
  'st',
]);

/** A word written in capitals (`DUPONT`, `DE LA FONTAINE`), the usual mark of the family name in French lists. */
const isUpperWord = (word: string) => word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
const isParticle = (word: string) => PARTICLES.has(word.toLowerCase()) || /^d[’']/i.test(word);

/**
 * Splits a full-name cell. `Dupont, Jean` (family name before the comma); `DUPONT Jean` and `Jean DUPONT` (the family name
 * in capitals, a particle with it); otherwise given names first: `Jean Dupont`, `Jean-Pierre Dupont`, `Jean de la Fontaine`
 * (the family name starts at its particle). Three words or more without a particle (`Anne Marie Dupont`) are cut before
 * the last word and marked as guessed. One word is a family name alone: nothing is invented for the given name.
 */
export function splitFullName(text: string): SplitName {
  const value = text.trim().replace(/\s+/g, ' ');
  const comma = value.indexOf(',');
  if (comma >= 0) {
    return {
      lastName: value.slice(0, comma).trim(),
      firstName: value.slice(comma + 1).trim(),
      guessed: value.indexOf(',', comma + 1) >= 0,
    };
  }
  const words = value.split(' ').filter((word) => word.length > 0);
  if (words.length <= 1) return { lastName: value, firstName: '', guessed: false };
  const upper = words.map((word) => isUpperWord(word) || (isParticle(word) && word === word.toUpperCase()));
  if (upper.some((flag) => !flag) && upper.some(Boolean)) {
    const leading = upper.indexOf(false);
    if (leading > 0 && upper.slice(leading).every((flag) => !flag)) {
      return { lastName: words.slice(0, leading).join(' '), firstName: words.slice(leading).join(' '), guessed: false };
    }
    const trailing = upper.lastIndexOf(false) + 1;
    if (trailing < words.length && upper.slice(0, trailing).every((flag) => !flag)) {
      return { lastName: words.slice(trailing).join(' '), firstName: words.slice(0, trailing).join(' '), guessed: false };
    }
  }
  const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && isParticle(word));
  if (particle > 0) return { lastName: words.slice(particle).join(' '), firstName: words.slice(0, particle).join(' '), guessed: false };
  return { lastName: words[words.length - 1] ?? '', firstName: words.slice(0, -1).join(' '), guessed: words.length > 2 };
}
