import sharp from 'sharp';
import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../renderer/src/db/digest';
import { bytesOf } from '../../../renderer/src/db/hashedBlob';
import { describeAnnotation, type Annotation } from '../../../renderer/src/photos/annotations';
import { annotatedFileName, prepareAnnotatedPhoto } from '../../../renderer/src/photos/prepareAnnotatedPhoto';
import { preparePhoto } from '../../../renderer/src/photos/preparePhoto';
import { aJpeg } from '../../support/photoFixtures';
import { sharpPhotoRenderer } from '../../support/sharpPhotoRenderer';

const redaction: Annotation = { kind: 'redaction', from: { x: 0.1, y: 0.2 }, to: { x: 0.4, y: 0.5 } };
const fixedOptions = {
  renderer: sharpPhotoRenderer,
  newId: () => uuidv7(),
  now: () => new Date('2026-11-25T11:00:00Z'),
};

async function anOriginal() {
  const bytes = await aJpeg(1000, 800);
  const result = await preparePhoto(
    { name: 'label.jpg', size: bytes.byteLength, read: async () => bytes },
    { ...fixedOptions, inspectionId: uuidv7(), siteId: uuidv7(), source: 'camera', keepLocation: false },
  );
  if (!result.ok) throw new Error(result.reason);
  return { bytes, photo: result.prepared.photo };
}

describe('annotated and redacted copies', { timeout: 30_000 }, () => {
  it('are new photos derived from the original, with their own hash, at full resolution', async () => {
    const original = await anOriginal();
    const before = new Uint8Array(original.bytes);
    const result = await prepareAnnotatedPhoto(original.photo, original.bytes, [redaction], {
      ...fixedOptions,
      caption: 'Patient label redacted',
    });
    if (!result.ok) throw new Error(result.reason);
    const { photo, blobs } = result.prepared;
    expect(photo).toMatchObject({
      source: 'annotation',
      derivedFrom: original.photo.id,
      inspectionId: original.photo.inspectionId,
      siteId: original.photo.siteId,
      mediaType: 'image/jpeg',
      width: 1000,
      height: 800,
      fileName: 'label (redacted).jpg',
      caption: 'Patient label redacted',
      exif: {},
    });
    expect(photo.id).not.toBe(original.photo.id);
    expect(photo.sha256).not.toBe(original.photo.sha256);
    expect(photo.sha256).toBe(await sha256Hex(bytesOf(blobs[0]!)));
    // The original's bytes were only read.
    expect(original.bytes).toEqual(before);

    // The redacted area is black in the saved copy.
    const { data, info } = await sharp(bytesOf(blobs[0]!)).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => data[(y * info.width + x) * info.channels] ?? 255;
    expect(at(250, 350)).toBeLessThan(20);
    expect(at(700, 700)).toBeGreaterThan(20);
  });

  it('are refused when the original no longer matches its hash', async () => {
    const original = await anOriginal();
    const damaged = new Uint8Array(original.bytes);
    const at = damaged.length - 100;
    damaged[at] = (damaged[at] ?? 0) ^ 0xff;
    const result = await prepareAnnotatedPhoto(original.photo, damaged, [redaction], { ...fixedOptions, caption: '' });
    expect(result).toEqual({
      ok: false,
      reason: 'This photo’s stored bytes no longer match its hash, so no copy can be made from them.',
    });
  });

  it('need at least one annotation', async () => {
    const original = await anOriginal();
    const result = await prepareAnnotatedPhoto(original.photo, original.bytes, [], { ...fixedOptions, caption: '' });
    expect(result).toMatchObject({ ok: false, reason: /Draw at least one annotation/ });
  });

  it('are described in words', () => {
    expect(describeAnnotation(redaction)).toBe(
      'Redaction box (solid black), 30% wide and 30% high, with its top left corner 10% from the left, 20% from the top',
    );
    expect(describeAnnotation({ kind: 'arrow', from: { x: 0, y: 0 }, to: { x: 0.5, y: 0.25 } })).toBe(
      'Arrow from 0% from the left, 0% from the top to 50% from the left, 25% from the top',
    );
    expect(describeAnnotation({ kind: 'text', at: { x: 0.5, y: 0.5 }, text: 'Batch 22' })).toBe(
      'Text “Batch 22” at 50% from the left, 50% from the top',
    );
    expect(annotatedFileName('IMG_0042.JPG', false)).toBe('IMG_0042 (annotated).jpg');
  });
});
