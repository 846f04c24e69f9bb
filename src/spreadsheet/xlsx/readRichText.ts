import { decodeXmlText } from './decodeXmlText';

const PHONETIC = /<(?:[\w-]+:)?rPh\b[\s\S]*?<\/(?:[\w-]+:)?rPh>/g;
const TEXT_RUN = /<(?:[\w-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?t>)/g;

/** The text of a shared or inline string (`<si>`/`<is>` content): every `<t>` run joined, phonetic guides left out. */
export function readRichText(xml: string): string {
  let text = '';
  for (const match of xml.replace(PHONETIC, '').matchAll(TEXT_RUN)) text += decodeXmlText(match[1] ?? '');
  return text;
}
