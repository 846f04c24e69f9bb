import { columnIndex, MAX_COLUMNS, MAX_ROWS } from '@/domain';
import { decodeXmlText } from './decodeXmlText';
import { readAttributes } from './readAttributes';
import { readRichText } from './readRichText';

export type SheetContext = { sharedStrings: readonly string[]; dateStyles: readonly boolean[]; date1904: boolean };

const ROW = /<(?:[\w-]+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?row>)/g;
const CELL = /<(?:[\w-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?c>)/g;
const VALUE = /<(?:[\w-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?v>/;
const INLINE_STRING = /<(?:[\w-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?is>/;
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * A worksheet's XML → its values by row and column from A1, as Excel would hand them over: strings,
 * numbers, booleans, error values as text (`#N/A`), and Dates (UTC) for numbers in a date format.
 * Missing rows and cells are empty; the rows end at the last one that holds a value.
 */
export function parseSheetRows(xml: string, context: SheetContext): unknown[][] {
  const rows: unknown[][] = [];
  let nextRow = 0;
  for (const rowMatch of xml.matchAll(ROW)) {
    const rowNumber = Number(readAttributes(rowMatch[1] ?? '').get('r'));
    const rowIndex = Number.isInteger(rowNumber) && rowNumber >= 1 && rowNumber <= MAX_ROWS ? rowNumber - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: unknown[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(CELL)) {
      const attributes = readAttributes(cellMatch[1] ?? '');
      const reference = attributes.get('r');
      // Beyond Excel's grid a reference is treated as corrupt rather than allocated.
      const parsedColumn = reference === undefined ? undefined : columnIndex(reference);
      const column = parsedColumn !== undefined && parsedColumn < MAX_COLUMNS ? parsedColumn : nextColumn;
      nextColumn = column + 1;
      const value = cellValue(attributes, cellMatch[2] ?? '', context);
      if (value !== null) {
        while (cells.length < column) cells.push(null);
        cells[column] = value;
      }
    }
    // A row without a value (formatted only) is not allocated: a sheet formatted to row 1,048,576 ends at its last value.
    if (cells.length === 0) continue;
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = cells;
  }
  return rows;
}

function cellValue(attributes: Map<string, string>, content: string, context: SheetContext): unknown {
  const type = attributes.get('t') ?? 'n';
  if (type === 'inlineStr') {
    const inline = INLINE_STRING.exec(content);
    return inline === null ? null : readRichText(inline[1] ?? '');
  }
  const raw = VALUE.exec(content)?.[1];
  if (raw === undefined) return null;
  const text = decodeXmlText(raw);
  switch (type) {
    case 's':
      return context.sharedStrings[Number(text)] ?? null;
    case 'str':
    case 'e':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      const number = Number(text);
      if (text.trim() === '' || !Number.isFinite(number)) return text;
      const style = Number(attributes.get('s') ?? 0);
      if (context.dateStyles[style] === true) {
        const epoch = context.date1904 ? EPOCH_1904 : number < 61 ? EPOCH_1900 + DAY_MS : EPOCH_1900;
        return new Date(epoch + Math.round(number * DAY_MS));
      }
      return number;
    }
  }
}
