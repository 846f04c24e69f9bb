/** 0-based index of a column letter as Excel shows it: `A` → 0, `AA` → 26. */
export function columnIndexOfLetter(letter: string): number {
  let index = 0;
  for (const char of letter.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}
