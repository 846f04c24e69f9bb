// Writes assets/icon-<size>.png from the geometry in scripts/icons/renderIcon.ts.
// Usage: npx tsx scripts/generateIcons.ts   (the PNGs are committed; test/scripts checks they are up to date)
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodePng } from './icons/encodePng';
import { iconFileName, iconSizes } from './icons/iconSizes';
import { renderIcon } from './icons/renderIcon';

const assetsDir = path.resolve(__dirname, '..', 'assets');
mkdirSync(assetsDir, { recursive: true });
for (const size of iconSizes) {
  const file = path.join(assetsDir, iconFileName(size));
  writeFileSync(file, encodePng(size, size, renderIcon(size)));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
