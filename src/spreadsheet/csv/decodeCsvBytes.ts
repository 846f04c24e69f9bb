import { decodeWindows1252 } from './decodeWindows1252';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodedText = { text: string; encoding: CsvEncoding };

/** How many leading bytes decide whether text is UTF-16 without a BOM. */
const SAMPLE_BYTES = 4096;

/**
 * UTF-16 from its byte order mark (FF FE, FE FF), or without one from the pattern of NUL bytes that Latin
 * text leaves in it: the high byte of most characters is 0, at odd offsets in little-endian (`N\0o\0m\0`),
 * at even offsets in big-endian, and (almost) never at the other parity. Undefined when not UTF-16.
 */
export function detectUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 2) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = length / 2;
  if (oddNul >= pairs * 0.3 && evenNul <= pairs * 0.02) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * A text file's bytes → text: UTF-16 little- or big-endian with or without BOM (Excel's "Unicode text"),
 * UTF-8 with or without BOM, otherwise Windows-1252 (what Excel for Windows writes as "CSV (separator:
 * semicolon)") when the bytes are not valid UTF-8. A BOM is not part of the text.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) {
    const hasBom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    const body = bytes.subarray(hasBom ? 2 : 0);
    // Big-endian is swapped to little-endian here: every TextDecoder knows utf-16le.
    const text = new TextDecoder('utf-16le', { ignoreBOM: true }).decode(utf16 === 'utf-16be' ? swapBytePairs(body) : body);
    return { text, encoding: utf16 };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return swapped;
}
