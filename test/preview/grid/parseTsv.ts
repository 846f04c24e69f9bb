/**
 * Text on the clipboard as Excel copies a block of cells: cells separated by tabs, rows by CRLF (LF accepted), one
 * newline after the last row. A cell holding a tab, a newline or a leading quote is quoted, its quotes doubled.
 * Read as Excel reads a paste: a quote that is never closed is kept as text, text after a closing quote is kept
 * as it is. Returns the rows of cell texts ([] for an empty clipboard); rows may differ in length.
 */
export function parseTsv(text: string): string[][] {
  if (text === '') return [];
  const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let position = 0;
  for (;;) {
    const { cell, end } = readCell(body, position);
    row.push(cell);
    if (end >= body.length) break;
    if (body[end] === '\t') {
      position = end + 1;
      continue;
    }
    rows.push(row);
    row = [];
    position = body.startsWith('\r\n', end) ? end + 2 : end + 1;
  }
  rows.push(row);
  return rows;
}

/** One cell from `start`: its text and where it ends (at a tab, a newline or the end of the text). */
function readCell(text: string, start: number): { cell: string; end: number } {
  if (text[start] === '"') {
    const quoted = readQuoted(text, start);
    if (quoted) {
      const end = nextSeparator(text, quoted.end);
      return { cell: quoted.cell + text.slice(quoted.end, end), end };
    }
  }
  const end = nextSeparator(text, start);
  return { cell: text.slice(start, end), end };
}

/** A quoted cell's text, quotes undoubled, and the position after its closing quote; null when it is never closed. */
function readQuoted(text: string, start: number): { cell: string; end: number } | null {
  let cell = '';
  let position = start + 1;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote < 0) return null;
    cell += text.slice(position, quote);
    if (text[quote + 1] !== '"') return { cell, end: quote + 1 };
    cell += '"';
    position = quote + 2;
  }
}

function nextSeparator(text: string, from: number): number {
  for (let position = from; position < text.length; position += 1) {
    const char = text[position];
    if (char === '\t' || char === '\n' || (char === '\r' && text[position + 1] === '\n')) return position;
  }
  return text.length;
}
