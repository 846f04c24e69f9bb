import { readRichText } from './readRichText';

const STRING_ITEM = /<(?:[\w-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?si>)/g;

/** `xl/sharedStrings.xml` → the shared strings, by index. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const match of xml.matchAll(STRING_ITEM)) strings.push(readRichText(match[1] ?? ''));
  return strings;
}
