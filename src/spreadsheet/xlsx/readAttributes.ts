import { decodeXmlText } from './decodeXmlText';

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of an XML start tag (the text between the element name and `>`), namespace prefixes dropped. */
export function readAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(ATTRIBUTE)) {
    const name = match[1] ?? '';
    const local = name.includes(':') && !name.startsWith('xmlns') ? name.slice(name.indexOf(':') + 1) : name;
    attributes.set(local, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}
