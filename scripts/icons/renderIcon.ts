/**
 * Draws the Suivi Clients icon at a given size: a blue rounded square with a white person
 * and three list lines. Shapes are defined in unit coordinates and anti-aliased by supersampling,
 * so every size is drawn from the same geometry (no scaled bitmaps).
 */
type Rgb = readonly [number, number, number];

const BACKGROUND: Rgb = [0x0f, 0x6c, 0xbd];
const GLYPH: Rgb = [0xff, 0xff, 0xff];
const SAMPLES = 8;

function insideRoundedSquare(x: number, y: number): boolean {
  const min = 0.03;
  const max = 0.97;
  const radius = 0.2;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideCircle(x: number, y: number, cx: number, cy: number, r: number): boolean {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r ** 2;
}

function insideBar(x: number, y: number, left: number, right: number, centreY: number, half: number): boolean {
  if (y < centreY - half || y > centreY + half) return false;
  if (x >= left + half && x <= right - half) return true;
  return insideCircle(x, y, left + half, centreY, half) || insideCircle(x, y, right - half, centreY, half);
}

function insideGlyph(x: number, y: number): boolean {
  const head = insideCircle(x, y, 0.36, 0.36, 0.13);
  const body = y <= 0.78 && insideCircle(x, y, 0.36, 0.82, 0.25);
  const lines = [0.36, 0.52, 0.68].some((centreY) => insideBar(x, y, 0.64, 0.86, centreY, 0.045));
  return head || body || lines;
}

/** RGBA pixels (row-major) of the icon at `size` × `size`. */
export function renderIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  const total = SAMPLES * SAMPLES;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let background = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          if (insideGlyph(x, y)) glyph += 1;
          else background += 1;
        }
      }
      const covered = background + glyph;
      const offset = (py * size + px) * 4;
      if (covered === 0) continue;
      for (let channel = 0; channel < 3; channel += 1) {
        const mixed = ((BACKGROUND[channel] ?? 0) * background + (GLYPH[channel] ?? 0) * glyph) / covered;
        pixels[offset + channel] = Math.round(mixed);
      }
      pixels[offset + 3] = Math.round((255 * covered) / total);
    }
  }
  return pixels;
}
