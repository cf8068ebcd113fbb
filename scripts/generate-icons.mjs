/**
 * Renders the app icon (assets/icons/icon.svg) to the PNG that electron-builder and the window need:
 * 512x512, from which electron-builder derives the .ico and .icns. Run `node scripts/generate-icons.mjs`
 * after changing the SVG and commit both; the PNG is checked in so packaging needs no image tools.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

export const ICON_SIZE = 512;

const iconsDir = join(dirname(dirname(fileURLToPath(import.meta.url))), 'assets', 'icons');

/**
 * @param {string} svgPath
 * @param {string} pngPath
 * @param {number} size
 */
export async function renderIcon(svgPath, pngPath, size) {
  // The SVG is a 64-unit square: render it at a density that gives `size` pixels directly, rather than
  // scaling a small bitmap up.
  const density = Math.ceil((72 * size) / 64);
  const info = await sharp(svgPath, { density })
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png({ compressionLevel: 9 })
    .toFile(pngPath);
  if (info.width !== size || info.height !== size) {
    throw new Error(`${pngPath} came out ${info.width}x${info.height}, not ${size}x${size}`);
  }
  return info;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = join(iconsDir, 'icon.png');
  await renderIcon(join(iconsDir, 'icon.svg'), target, ICON_SIZE);
  console.log(`wrote ${target} (${ICON_SIZE}x${ICON_SIZE})`);
}
