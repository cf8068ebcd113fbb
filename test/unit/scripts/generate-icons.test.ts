/**
 * The committed app icon is the 512x512 PNG electron-builder needs, and it is up to date with
 * icon.svg (rendered again here and compared pixel by pixel, with a little slack for libvips versions).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICON_SIZE, renderIcon } from '../../../scripts/generate-icons.mjs';

const icons = join(import.meta.dirname, '../../../assets/icons');

describe('assets/icons/icon.png', () => {
  it('is a 512x512 PNG with transparency', async () => {
    const metadata = await sharp(join(icons, 'icon.png')).metadata();
    expect({
      format: metadata.format,
      width: metadata.width,
      height: metadata.height,
      hasAlpha: metadata.hasAlpha,
    }).toEqual({
      format: 'png',
      width: ICON_SIZE,
      height: ICON_SIZE,
      hasAlpha: true,
    });
  });

  it('matches icon.svg (run `node scripts/generate-icons.mjs` after changing the SVG)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'icon-'));
    try {
      const fresh = join(folder, 'icon.png');
      await renderIcon(join(icons, 'icon.svg'), fresh, ICON_SIZE);
      const pixels = (path: string) => sharp(path).ensureAlpha().raw().toBuffer();
      const committed = await pixels(join(icons, 'icon.png'));
      const rendered = await pixels(fresh);
      expect(rendered.length).toBe(committed.length);
      let worst = 0;
      committed.forEach((value, i) => {
        worst = Math.max(worst, Math.abs(value - (rendered[i] ?? 0)));
      });
      expect(worst).toBeLessThanOrEqual(8);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
