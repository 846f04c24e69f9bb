/** A valid sheet name from a file's sheet or file name: no []:*?/\, no quote at either end, at most 31 characters. */
export function sheetNameFromFile(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned === '' ? 'Import' : cleaned).slice(0, 28).trim();
}
