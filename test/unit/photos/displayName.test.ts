import { describe, expect, it } from 'vitest';
import { cleanDisplayName, downloadNameFor, UNNAMED_PHOTO } from '../../../renderer/src/photos/displayName';
import { AWKWARD_NAMES } from '../../support/photoFixtures';

describe('cleanDisplayName', () => {
  it('keeps a path-like or reserved name as plain text (it is never used as a path)', () => {
    expect(cleanDisplayName(AWKWARD_NAMES.traversal)).toBe('../../x.jpg');
    expect(cleanDisplayName(AWKWARD_NAMES.reservedOnWindows)).toBe('CON.jpg');
  });

  it('removes bidirectional overrides, so a name cannot pose as another extension', () => {
    expect(cleanDisplayName(AWKWARD_NAMES.bidiOverride)).toBe('agpj.exe');
    expect(cleanDisplayName('photo\u2066\u200b\u200f.jpg')).toBe('photo.jpg');
  });

  it('removes control characters and folds white space', () => {
    expect(cleanDisplayName('line\nbreak\u0000\u0007\ttab\u009b.jpg')).toBe('line break tab.jpg');
  });

  it('caps a 500-character name at 120 characters, keeping its end', () => {
    const cleaned = cleanDisplayName(AWKWARD_NAMES.long);
    expect(Array.from(cleaned)).toHaveLength(120);
    expect(cleaned.endsWith('aaaa.jpg')).toBe(true);
    expect(cleaned).toContain('…');
  });

  it('does not split a character made of two UTF-16 units', () => {
    const cleaned = cleanDisplayName(`${'📷'.repeat(200)}.jpg`);
    expect(cleaned).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/u);
  });

  it('names an empty or invisible name', () => {
    expect(cleanDisplayName('')).toBe(UNNAMED_PHOTO);
    expect(cleanDisplayName('\u202e\u200b ')).toBe(UNNAMED_PHOTO);
  });

  it('builds download names from the hash, never from the file name', () => {
    expect(downloadNameFor('ab'.repeat(32), 'image/png')).toBe('photo-abababababababab.png');
    expect(downloadNameFor('cd'.repeat(32), 'image/jpeg')).toBe('photo-cdcdcdcdcdcdcdcd.jpg');
  });
});
