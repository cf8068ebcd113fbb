/**
 * Draws annotations onto a 2D canvas context of any size: the editor's on-screen canvas and the
 * worker's full-resolution OffscreenCanvas use this same function, so what is saved is what was seen.
 * Redaction boxes are opaque black pixels in the output, not a layer that could be lifted off.
 */
import { rectBetween, type Annotation, type Point } from './annotations';

export type DrawingContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const MARK_COLOUR = '#d4351c';
const HALO_COLOUR = '#ffffff';

export function drawAnnotations(
  context: DrawingContext,
  annotations: readonly Annotation[],
  width: number,
  height: number,
): void {
  const stroke = Math.max(2, Math.round(Math.max(width, height) * 0.004));
  const at = (point: Point) => ({ x: point.x * width, y: point.y * height });
  context.save();
  context.lineCap = 'round';
  context.lineJoin = 'round';
  for (const annotation of annotations) {
    switch (annotation.kind) {
      case 'redaction': {
        const rect = rectBetween(annotation.from, annotation.to);
        context.fillStyle = '#000000';
        // Whole pixels, rounded outwards, so no partly covered edge pixel keeps a trace of what was under it.
        const left = Math.floor(rect.x * width);
        const top = Math.floor(rect.y * height);
        context.fillRect(
          left,
          top,
          Math.ceil((rect.x + rect.width) * width) - left,
          Math.ceil((rect.y + rect.height) * height) - top,
        );
        break;
      }
      case 'box': {
        const rect = rectBetween(annotation.from, annotation.to);
        withHalo(context, stroke, () =>
          context.strokeRect(rect.x * width, rect.y * height, rect.width * width, rect.height * height),
        );
        break;
      }
      case 'arrow':
        withHalo(context, stroke, () => arrowPath(context, at(annotation.from), at(annotation.to), stroke * 5));
        break;
      case 'text':
        drawLabel(
          context,
          annotation.text,
          at(annotation.at),
          Math.max(14, Math.round(Math.min(width, height) * 0.04)),
        );
        break;
    }
  }
  context.restore();
}

/** A white line under the red one keeps marks visible on dark and on red surfaces. */
function withHalo(context: DrawingContext, stroke: number, path: () => void): void {
  context.strokeStyle = HALO_COLOUR;
  context.lineWidth = stroke * 2;
  path();
  context.strokeStyle = MARK_COLOUR;
  context.lineWidth = stroke;
  path();
}

function arrowPath(context: DrawingContext, from: Point, to: Point, headLength: number): void {
  const angle = Math.atan2(to.y - from.y, to.x - from.x);
  context.beginPath();
  context.moveTo(from.x, from.y);
  context.lineTo(to.x, to.y);
  for (const side of [-1, 1]) {
    context.moveTo(to.x, to.y);
    context.lineTo(
      to.x - headLength * Math.cos(angle + side * 0.45),
      to.y - headLength * Math.sin(angle + side * 0.45),
    );
  }
  context.stroke();
}

/** White text on a black plate, legible on any photo. */
function drawLabel(context: DrawingContext, text: string, at: Point, fontSize: number): void {
  context.font = `bold ${fontSize}px system-ui, Arial, sans-serif`;
  context.textBaseline = 'top';
  const padding = Math.round(fontSize * 0.3);
  const width = context.measureText(text).width;
  context.fillStyle = '#0b0c0c';
  context.fillRect(at.x, at.y, width + padding * 2, fontSize + padding * 2);
  context.fillStyle = HALO_COLOUR;
  context.fillText(text, at.x + padding, at.y + padding);
}
