import { decodeWindows1252 } from './decodeWindows1252';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'windows-1252';
export type DecodedText = { text: string; encoding: CsvEncoding };

/**
 * A text file's bytes → text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text"),
 * otherwise Windows-1252 (what Excel for Windows writes as "CSV (separator: semicolon)") when the
 * bytes are not valid UTF-8.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
