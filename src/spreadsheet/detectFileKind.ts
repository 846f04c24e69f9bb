export type FileKind = 'xlsx' | 'encryptedOrXls' | 'text' | 'binary';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the bytes are, from their signature: a zip (.xlsx), an OLE compound file (.xls or a password-protected .xlsx), text or other binary. */
export function detectFileKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return 'xlsx';
  if (startsWith(bytes, COMPOUND_FILE)) return 'encryptedOrXls';
  const sample = bytes.subarray(0, 8192);
  const utf16 = sample[0] === 0xff && sample[1] === 0xfe;
  if (!utf16 && sample.includes(0)) return 'binary';
  return 'text';
}

/** Does an OLE compound file hold the `EncryptionInfo` stream of a password-protected Office document? */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  const name = 'EncryptionInfo';
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
