/**
 * The start of an OLE compound file (what Office writes for .xls and for password-protected .xlsx),
 * with or without the `EncryptionInfo` stream name in its directory, encoded UTF-16LE as Office does.
 */
export function compoundFile(encrypted: boolean): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = encrypted ? 'EncryptionInfo' : 'Workbook';
  const bytes = new Uint8Array(1024);
  bytes.set(header, 0);
  for (let i = 0; i < name.length; i++) bytes[512 + i * 2] = name.charCodeAt(i);
  return bytes;
}
