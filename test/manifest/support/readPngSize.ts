const PNG_SIGNATURE = '89504e470d0a1a0a';

/** Width and height from a PNG file's IHDR chunk; throws if the bytes are not a PNG. */
export function readPngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== PNG_SIGNATURE || bytes.subarray(12, 16).toString('ascii') !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
