import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../scripts/icons/encodePng';
import { iconFileName, iconSizes } from '../../scripts/icons/iconSizes';
import { renderIcon } from '../../scripts/icons/renderIcon';

const assetsDir = path.resolve(__dirname, '..', '..', 'assets');

function decodeRgbaPng(png: Buffer): { width: number; height: number; pixels: Buffer } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < png.length;) {
    const length = png.readUInt32BE(offset);
    if (png.subarray(offset + 4, offset + 8).toString('ascii') === 'IDAT') {
      chunks.push(png.subarray(offset + 8, offset + 8 + length));
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 4;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (stride + 1)]).toBe(0);
    raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, pixels };
}

describe('encodePng', () => {
  it('writes a PNG whose pixels decode back to the input', () => {
    const rgba = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const decoded = decodeRgbaPng(encodePng(3, 2, rgba));
    expect(decoded.width).toBe(3);
    expect(decoded.height).toBe(2);
    expect([...decoded.pixels]).toEqual([...rgba]);
  });

  it('refuses a pixel buffer of the wrong length', () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });
});

describe('renderIcon', () => {
  it('draws an opaque blue square with a white glyph and transparent corners', () => {
    const size = 80;
    const pixels = renderIcon(size);
    const at = (x: number, y: number) => [...pixels.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(40, 8)).toEqual([0x0f, 0x6c, 0xbd, 255]);
    expect(at(29, 29)).toEqual([255, 255, 255, 255]);
  });
});

describe('assets/icon-*.png', () => {
  it.each(iconSizes.map((size) => [size]))('icon-%i.png is what scripts/generateIcons.ts draws', (size) => {
    // Pixels, not bytes: deflate output may differ between zlib versions.
    const committed = decodeRgbaPng(readFileSync(path.join(assetsDir, iconFileName(size))));
    expect([committed.width, committed.height]).toEqual([size, size]);
    expect(committed.pixels.equals(Buffer.from(renderIcon(size)))).toBe(true);
  });
});
