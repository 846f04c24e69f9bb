import { rectAddress, type CellRect } from '@/domain';

/** Excel cuts address strings at 8,192 characters; getRanges has been seen to fail near 500 areas. */
export const maxAddressListLength = 8000;
export const maxAreasPerAddressList = 400;

export type AddressChunk = { address: string; rects: CellRect[] };

/** Rectangles → address lists for Worksheet.getRanges ("A1,C3:D9,…"), each under both limits. */
export function chunkAddressList(
  rects: readonly CellRect[],
  maxLength = maxAddressListLength,
  maxAreas = maxAreasPerAddressList,
): AddressChunk[] {
  const chunks: AddressChunk[] = [];
  let parts: string[] = [];
  let chunkRects: CellRect[] = [];
  let length = 0;
  for (const rect of rects) {
    const address = rectAddress(rect);
    const added = (parts.length === 0 ? 0 : 1) + address.length;
    if (parts.length > 0 && (length + added > maxLength || parts.length >= maxAreas)) {
      chunks.push({ address: parts.join(','), rects: chunkRects });
      parts = [];
      chunkRects = [];
      length = 0;
    }
    length += parts.length === 0 ? address.length : address.length + 1;
    parts.push(address);
    chunkRects.push(rect);
  }
  if (parts.length > 0) chunks.push({ address: parts.join(','), rects: chunkRects });
  return chunks;
}
