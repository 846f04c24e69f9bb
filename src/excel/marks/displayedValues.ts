/**
 * Numbers shown through a number format that writes digits as they are typed — zero-padded or grouped by literal
 * characters (`0000`, `00000`, `0## ### ## ##`, `"+41 "## ### ## ##`, `000-000`) — are validated as the user sees them:
 * a postal code 01234 stored as 1234 with the format `00000` is "01234", not 1234. No thousands separator, no decimals,
 * no date or time: those texts are not what the cell means.
 */
export function showsDigitsAsWritten(format: unknown): boolean {
  if (typeof format !== 'string') return false;
  // Quoted literals and escaped characters are shown as written; colours and conditions ([Red], [<100]) are not digits.
  const core = format
    .replace(/"[^"]*"/g, ' ')
    .replace(/\\./g, ' ')
    .replace(/\[[^\]]*\]/g, '');
  if (!/^[0#\s\-./()+]+$/.test(core)) return false;
  const placeholders = core.replace(/[^0#]/g, '');
  if (placeholders.length < 2) return false;
  const separated = /[0#][\s\-/()+]+[0#]/.test(core) || (core.match(/\./g)?.length ?? 0) >= 2;
  if (!separated && core.includes('.')) return false;
  return placeholders.startsWith('0') || separated;
}

/** The columns (0-based in the rows) holding a number shown through such a format in `values` / `formats`. */
export function displayedTextColumns(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): number[] {
  const columns = new Set<number>();
  values.forEach((row, rowIndex) => {
    row.forEach((value, column) => {
      if (typeof value === 'number' && showsDigitsAsWritten(formats[rowIndex]?.[column])) columns.add(column);
    });
  });
  return [...columns].sort((a, b) => a - b);
}

/** In `values` (in place): each number of `column` replaced by its displayed text (`texts`: that column's texts, one per row). */
export function applyDisplayedText(values: unknown[][], column: number, texts: readonly (readonly unknown[])[]): void {
  values.forEach((row, index) => {
    const text = texts[index]?.[0];
    if (typeof row[column] === 'number' && typeof text === 'string' && text !== '' && !text.startsWith('#')) row[column] = text;
  });
}
