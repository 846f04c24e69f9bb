import { detectUtf16 } from './csv/decodeCsvBytes';
import type { ReadFailureCode } from './ReadFailure';
import { openZipPackage } from './zip/zipPackage';

export type FileKind = 'xlsx' | 'encryptedOrXls' | 'text' | 'binary';
/** What to do with a file: read it as an .xlsx workbook or as CSV text, or refuse it for a reason the user can act on. */
export type FileClass = { format: 'xlsx' | 'csv' } | { failure: ReadFailureCode };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OPEN_DOCUMENT_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';
/** Apple Numbers (2013 and later): a zip of `Index/*.iwa` parts, or a package holding `Index.zip`. */
const NUMBERS_PART = /(?:^|\/)Index\/[^/]+(?:\/[^/]+)*\.iwa$|(?:^|\/)Index\.zip$/;
/** An Excel owner file is about 165 bytes: the user's name, twice. */
const MAX_LOCK_FILE_BYTES = 512;

/** What the bytes are, from their signature: a zip (.xlsx), an OLE compound file (.xls or a password-protected .xlsx), text (UTF-16 too) or other binary. */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, COMPOUND_FILE)) return 'encryptedOrXls';
  if (detectUtf16(bytes) !== undefined) return 'text';
  return bytes.subarray(0, 8192).includes(0) ? 'binary' : 'text';
}

/**
 * How to read a file, from its bytes (never its extension alone: an .xls renamed .xlsx is still an .xls): an
 * OOXML zip is an .xlsx; an OpenDocument or Apple Numbers zip, an Excel lock file `~$…`, an .xls (BIFF) and a
 * password-protected workbook (both OLE compound files, told apart by their streams) are refused with their own
 * code; text is CSV unless the name says .xls/.xlsx; anything else is not a spreadsheet.
 */
export function classifySpreadsheetFile(bytes: Uint8Array, fileName: string): FileClass {
  const baseName = fileName.replace(/^.*[\\/]/, '');
  if (startsWith(bytes, ZIP)) return classifyZip(bytes);
  if (startsWith(bytes, COMPOUND_FILE)) return { failure: classifyCompoundFile(bytes) };
  if (isExcelLockFile(bytes, baseName)) return { failure: 'excelLockFile' };
  if (detectFileKind(bytes) === 'binary') return { failure: 'notSpreadsheet' };
  if (/\.xls[xmb]?$/i.test(baseName)) return { failure: 'notSpreadsheet' };
  return { format: 'csv' };
}

/** Does an OLE compound file hold the `EncryptionInfo` stream of a password-protected Office document? */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  return classifyCompoundFile(bytes) === 'passwordProtected';
}

/**
 * The owner file Excel keeps beside an open workbook (`~$Clients.xlsx`): a few hundred bytes holding the name of
 * who has it open, as a length byte and an 8-bit string padded to 54 bytes, then again as a 16-bit length and UTF-16.
 */
export function isExcelLockFile(bytes: Uint8Array, baseName: string): boolean {
  if (bytes.length > MAX_LOCK_FILE_BYTES) return false;
  if (baseName.startsWith('~$')) return true;
  const length = bytes[0] ?? 0;
  return length >= 1 && length <= 54 && bytes.length >= 57 + 2 * length && bytes[55] === length && bytes[56] === 0;
}

function classifyZip(bytes: Uint8Array): FileClass {
  let zip;
  try {
    zip = openZipPackage(bytes);
  } catch {
    return { failure: 'notSpreadsheet' };
  }
  if (zip.has('mimetype')) {
    // ASCII by definition (ODF 1.2, part 3, §3.3): read without a TextDecoder.
    const mimetype = String.fromCharCode(...(zip.read(['mimetype']).get('mimetype') ?? new Uint8Array(0)).subarray(0, 100)).trim();
    if (mimetype.startsWith(OPEN_DOCUMENT_SPREADSHEET)) return { failure: 'openDocument' };
    if (mimetype.startsWith('application/vnd.oasis.opendocument')) return { failure: 'notSpreadsheet' };
  }
  if (zip.names.some((name) => NUMBERS_PART.test(name))) return { failure: 'appleNumbers' };
  return { format: 'xlsx' };
}

/**
 * An OLE compound file's kind from the stream names in its directory: `EncryptionInfo`/`EncryptedPackage`
 * (a password-protected OOXML workbook), `Workbook`/`Book` (an .xls, BIFF8 or BIFF5), anything else (a Word or
 * Outlook file) is not a spreadsheet. When the directory cannot be walked, the bytes are searched for the name
 * `EncryptionInfo` and an .xls is assumed otherwise.
 */
function classifyCompoundFile(bytes: Uint8Array): ReadFailureCode {
  const names = readCompoundDirectory(bytes);
  if (names === undefined) return containsUtf16(bytes, 'EncryptionInfo') ? 'passwordProtected' : 'legacyXls';
  if (names.has('EncryptionInfo') || names.has('EncryptedPackage')) return 'passwordProtected';
  if (names.has('Workbook') || names.has('Book')) return 'legacyXls';
  return 'notSpreadsheet';
}

/** The entry names of a compound file's directory (MS-CFB: header, FAT sectors listed in the header, directory chain). */
function readCompoundDirectory(bytes: Uint8Array): Set<string> | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const sector = view.getUint32(0x4c + i * 4, true);
    if (sector >= 0xfffffffa) break;
    fatSectors.push(sector);
  }
  const nextSector = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    if (fatSector === undefined) return 0xfffffffe;
    const offset = sectorOffset(fatSector) + (sector % perSector) * 4;
    return offset + 4 <= bytes.length ? view.getUint32(offset, true) : 0xfffffffe;
  };
  const names = new Set<string>();
  let sector = view.getUint32(0x30, true);
  for (let visited = 0; sector < 0xfffffffa && visited < 4096; visited++) {
    const start = sectorOffset(sector);
    if (start + sectorSize > bytes.length) return names.size > 0 ? names : undefined;
    for (let entry = start; entry < start + sectorSize; entry += 128) {
      const nameBytes = view.getUint16(entry + 0x40, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      let name = '';
      for (let i = 0; i < nameBytes - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.add(name);
    }
    sector = nextSector(sector);
  }
  return names.size > 0 ? names : undefined;
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}
