/**
 * The photo worker: decodes images and encodes JPEG copies off the main thread, so a 50 MP photo does
 * not freeze the page. It only ever receives bytes that passed `checkPhotoBytes` (type, size, whole
 * file, pixel cap). Orientation comes from the file's EXIF (`imageOrientation: 'from-image'`), so the
 * copies are upright and carry no EXIF of their own: no location and no embedded preview of what a
 * redaction covered.
 */
import { drawAnnotations } from './drawAnnotations';
import type { CopySizes, PhotoWorkerRequest, PhotoWorkerResponse } from './photoWorkerProtocol';

/** The parts of DedicatedWorkerGlobalScope used here (the renderer is typed with the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<PhotoWorkerRequest>) => void) | null;
  postMessage(message: PhotoWorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  void handle(request).then(
    (response) => scope.postMessage(response, transferables(response)),
    (error: unknown) =>
      scope.postMessage(
        { id: request.id, ok: false, reason: `The image could not be processed (${describeError(error)}).` },
        [],
      ),
  );
};

async function handle(request: PhotoWorkerRequest): Promise<PhotoWorkerResponse> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([request.bytes], { type: request.mediaType }), {
      imageOrientation: 'from-image',
    });
  } catch {
    return {
      id: request.id,
      ok: false,
      reason:
        'The picture data could not be decoded: the file is damaged or uses a form of the format that is not supported.',
    };
  }
  try {
    const { width, height } = bitmap;
    if (request.kind === 'copies')
      return { id: request.id, ok: true, width, height, ...(await copiesOf(bitmap, width, height, request.sizes)) };
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(bitmap, 0, 0);
    drawAnnotations(context, request.annotations, width, height);
    const full = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: request.quality })).arrayBuffer();
    return { id: request.id, ok: true, width, height, full, ...(await copiesOf(canvas, width, height, request.sizes)) };
  } finally {
    bitmap.close();
  }
}

async function copiesOf(source: CanvasImageSource, width: number, height: number, sizes: CopySizes) {
  const display = await scaledJpeg(source, width, height, sizes.displayEdge, sizes.displayQuality);
  const thumbnail = await scaledJpeg(source, width, height, sizes.thumbnailEdge, sizes.thumbnailQuality);
  return { display, thumbnail };
}

async function scaledJpeg(source: CanvasImageSource, width: number, height: number, edge: number, quality: number) {
  const scale = Math.min(1, edge / Math.max(width, height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // JPEG has no transparency: a transparent PNG gets a white background rather than black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return (await canvas.convertToBlob({ type: 'image/jpeg', quality })).arrayBuffer();
}

function transferables(response: PhotoWorkerResponse): Transferable[] {
  if (!response.ok) return [];
  return [response.thumbnail, response.display, ...(response.full ? [response.full] : [])];
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
