import { isDateFormat } from './isDateFormat';
import { readAttributes } from './readAttributes';

const NUM_FMT = /<(?:[\w-]+:)?numFmt\b([^>]*?)\/?>/g;
const CELL_XFS = /<(?:[\w-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w-]+:)?cellXfs>/;
const XF = /<(?:[\w-]+:)?xf\b([^>]*?)\/?>/g;

/** `xl/styles.xml` → for each cell style index (a cell's `s`), whether its number format shows a date. */
export function parseDateStyles(xml: string): boolean[] {
  const formats = new Map<number, string>();
  for (const match of xml.matchAll(NUM_FMT)) {
    const attributes = readAttributes(match[1] ?? '');
    const id = Number(attributes.get('numFmtId'));
    const code = attributes.get('formatCode');
    if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
  }
  const cellXfs = CELL_XFS.exec(xml)?.[1] ?? '';
  const styles: boolean[] = [];
  for (const match of cellXfs.matchAll(XF)) {
    const id = Number(readAttributes(match[1] ?? '').get('numFmtId') ?? 0);
    styles.push(isDateFormat(id, formats.get(id)));
  }
  return styles;
}
