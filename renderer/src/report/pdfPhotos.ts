/**
 * The photo annex in the PDF: each photo as a JPEG (or PNG) image at the chosen size, with its
 * label, caption, site, the deficiencies it supports, and the SHA-256 of the original (and of the
 * original it was derived from, for an annotated or redacted copy). A photo whose bytes are not on
 * this device, or are not JPEG or PNG, is shown as a labelled box, never silently dropped.
 */
import type { ReportPhoto } from '@shared/report/reportDocument';
import { COLOURS, CONTENT_WIDTH, lineHeight, PAGE, type PdfWriter } from './pdfWriter';

export type PhotoSize = 'small' | 'medium' | 'large';

/** Printed width of a photo, in mm, and its largest height. */
const PHOTO_BOX: Readonly<Record<PhotoSize, { width: number; maxHeight: number }>> = {
  small: { width: 55, maxHeight: 55 },
  medium: { width: 95, maxHeight: 90 },
  large: { width: CONTENT_WIDTH, maxHeight: 150 },
};

export type PhotoBytes = (sha256: string) => Promise<Uint8Array | undefined>;

function imageFormat(bytes: Uint8Array): 'JPEG' | 'PNG' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'PNG';
  return null;
}

/** Which stored copy to print: the thumbnail is enough for small photos, the display copy otherwise. */
export function photoBlobFor(photo: ReportPhoto, size: PhotoSize): string {
  return size === 'small' && photo.thumbnailSha256 ? photo.thumbnailSha256 : photo.displaySha256;
}

function captionLines(photo: ReportPhoto): { label: string; text: string }[] {
  return [
    { label: 'Caption', text: photo.caption || 'No caption' },
    { label: 'Site', text: photo.siteLabel },
    { label: 'Supports', text: photo.supports.join(', ') || 'None' },
    { label: 'File', text: `${photo.fileName}, captured ${photo.capturedAt.slice(0, 19).replace('T', ' ')} UTC` },
  ];
}

/** The hashes go on full-width lines of their own, so a 64-digit hash is never broken. */
function hashLines(photo: ReportPhoto): string[] {
  return photo.derivedFromSha256
    ? [`SHA-256 of the original: ${photo.derivedFromSha256}`, `SHA-256 of this annotated copy: ${photo.sha256}`]
    : [`SHA-256 of the original: ${photo.sha256}`];
}

const LABEL_WIDTH = 18;

export async function drawPhoto(writer: PdfWriter, photo: ReportPhoto, size: PhotoSize, photoBytes: PhotoBytes) {
  const box = PHOTO_BOX[size];
  const bytes = await photoBytes(photoBlobFor(photo, size));
  const format = bytes ? imageFormat(bytes) : null;
  let width = box.width;
  let height = box.width * (photo.height / photo.width);
  if (bytes && format) {
    const properties = writer.doc.getImageProperties(bytes);
    height = box.width * (properties.height / properties.width);
  }
  if (height > box.maxHeight) {
    width = width * (box.maxHeight / height);
    height = box.maxHeight;
  }
  const beside = size !== 'large';
  const textLeft = beside ? PAGE.left + width + 6 : PAGE.left;
  const textWidth = PAGE.left + CONTENT_WIDTH - textLeft - LABEL_WIDTH;
  const captions = captionLines(photo).map((line) => ({
    ...line,
    wrapped: writer.wrap(line.text, { size: 8, width: textWidth }),
  }));
  const captionHeight = lineHeight(10) + captions.reduce((sum, c) => sum + c.wrapped.length, 0) * lineHeight(8);
  const hashes = hashLines(photo);
  const hashHeight = hashes.length * lineHeight(7.5) + 2;
  writer.ensure((beside ? Math.max(height, captionHeight) : height + 3 + captionHeight) + hashHeight + 6);

  const top = writer.y;
  if (bytes && format) {
    writer.doc.addImage(bytes, format, PAGE.left, top, width, height, photo.displaySha256, 'NONE');
  } else {
    const [r, g, b] = COLOURS.border;
    writer.doc.setDrawColor(r, g, b);
    writer.doc.rect(PAGE.left, top, width, height);
    writer.setStyle({ size: 8, colour: COLOURS.secondary });
    const reason = bytes ? 'This image format cannot be printed.' : 'The image is not available on this device.';
    writer.doc.text(writer.doc.splitTextToSize(reason, width - 6) as string[], PAGE.left + 3, top + 4, {
      baseline: 'top',
    });
  }
  writer.y = beside ? top : top + height + 3;
  writer.setStyle({ size: 10, bold: true });
  writer.doc.text(photo.label, textLeft, writer.y, { baseline: 'top' });
  writer.y += lineHeight(10);
  for (const caption of captions) {
    writer.setStyle({ size: 8, bold: true, colour: COLOURS.secondary });
    writer.doc.text(caption.label, textLeft, writer.y, { baseline: 'top' });
    writer.setStyle({ size: 8 });
    writer.doc.text(caption.wrapped, textLeft + LABEL_WIDTH, writer.y, { baseline: 'top' });
    writer.y += caption.wrapped.length * lineHeight(8);
  }
  writer.y = Math.max(writer.y, beside ? top + height : 0) + 2;
  writer.setStyle({ size: 7.5, colour: COLOURS.secondary });
  for (const hash of hashes) {
    writer.doc.text(hash, PAGE.left, writer.y, { baseline: 'top' });
    writer.y += lineHeight(7.5);
  }
  writer.y += 6;
}
