/** 0-based column index of a cell reference's letters: `A1` → 0, `AB12` → 27; undefined without letters. */
export function columnIndex(reference: string): number | undefined {
  let index = 0;
  let letters = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters++;
  }
  return letters === 0 || letters > 3 ? undefined : index - 1;
}
