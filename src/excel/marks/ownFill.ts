/** A cell's own fill as the mark store keeps it: '' = no fill, else its colour; null when the range's fills are mixed. */
export function ownFill(fill: Excel.RangeFill): string | null {
  if (fill.pattern === 'None') return '';
  if (fill.pattern === null || fill.color === null) return null;
  return fill.color;
}
