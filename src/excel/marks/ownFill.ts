/** What to load of a range's fill to know its own fill. */
export const ownFillProperties = 'color,pattern,patternColor';

/**
 * A cell's own fill as the mark store keeps it: '' = no fill, '#RRGGBB' = a solid colour, '#RRGGBB|Pattern|#RRGGBB' =
 * a pattern (background, pattern name, pattern colour); null when the range's fills are mixed.
 */
export function ownFill(fill: Excel.RangeFill): string | null {
  if (fill.pattern === 'None') return '';
  if (fill.pattern === null || fill.color === null) return null;
  if (fill.pattern === 'Solid') return fill.color;
  if (fill.patternColor === null) return null;
  return `${fill.color}|${fill.pattern}|${fill.patternColor}`;
}

/** Queues, on a range's fill, what gives back an own fill kept by `ownFill`. */
export function queueOwnFill(fill: Excel.RangeFill, own: string): void {
  if (own === '') {
    fill.clear();
    return;
  }
  const [color = '', pattern, patternColor] = own.split('|');
  fill.color = color;
  if (pattern !== undefined && patternColor !== undefined) {
    fill.pattern = pattern as Excel.FillPattern;
    fill.patternColor = patternColor;
  }
}
