/** How many typing mistakes a folded label of this length may carry and still match: none on short labels. */
export function typoTolerance(foldedLength: number): number {
  if (foldedLength >= 10) return 2;
  if (foldedLength >= 5) return 1;
  return 0;
}
