const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Excel's escape for characters XML cannot hold, e.g. `_x000D_` for a carriage return. */
const EXCEL_ESCAPE = /_x([0-9a-fA-F]{4})_/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * Text content of an XML element as written by Excel and other tools: entities and `_xHHHH_` escapes decoded;
 * CDATA sections (`<![CDATA[Müller & Fils]]>`, which some generators write in inline strings) taken literally,
 * only their `_xHHHH_` escapes decoded.
 */
export function decodeXmlText(text: string): string {
  if (text.indexOf('<![CDATA[') === -1) return decodeEscapes(text);
  let decoded = '';
  let last = 0;
  for (const match of text.matchAll(CDATA)) {
    decoded += decodeEscapes(text.slice(last, match.index)) + decodeExcelEscapes(match[1] ?? '');
    last = match.index + match[0].length;
  }
  return decoded + decodeEscapes(text.slice(last));
}

function decodeEscapes(text: string): string {
  if (text.indexOf('&') === -1 && text.indexOf('_x') === -1) return text;
  return decodeExcelEscapes(
    text.replace(ENTITY, (_match, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? '';
      const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }),
  );
}

function decodeExcelEscapes(text: string): string {
  return text.indexOf('_x') === -1 ? text : text.replace(EXCEL_ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
