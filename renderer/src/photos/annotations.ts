/**
 * What an inspector can draw on a photo, as data: arrows, boxes, text labels and solid redaction
 * boxes (for patient identifiers on labels, DOMAIN.md 6.4 item 7). Positions are fractions of the
 * photo's width and height as it is seen (after EXIF orientation), so the same list draws on the
 * on-screen copy and on the full-resolution original alike. Each annotation can be described in words.
 */
export interface Point {
  /** 0 at the left edge, 1 at the right. */
  x: number;
  /** 0 at the top edge, 1 at the bottom. */
  y: number;
}

export type Annotation =
  | { kind: 'arrow'; from: Point; to: Point }
  | { kind: 'box'; from: Point; to: Point }
  | { kind: 'redaction'; from: Point; to: Point }
  | { kind: 'text'; at: Point; text: string };

export type AnnotationTool = Annotation['kind'];

export const ANNOTATION_TOOLS: readonly { tool: AnnotationTool; label: string }[] = [
  { tool: 'arrow', label: 'Arrow' },
  { tool: 'box', label: 'Box' },
  { tool: 'text', label: 'Text' },
  { tool: 'redaction', label: 'Redaction box' },
];

export const MAX_ANNOTATION_TEXT = 200;

export function clampPoint(point: Point): Point {
  const clamp = (value: number) => Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
  return { x: clamp(point.x), y: clamp(point.y) };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function rectBetween(from: Point, to: Point): Rect {
  return {
    x: Math.min(from.x, to.x),
    y: Math.min(from.y, to.y),
    width: Math.abs(to.x - from.x),
    height: Math.abs(to.y - from.y),
  };
}

/** Too small to see or to hide anything: a click rather than a drag. */
export function isTooSmall(from: Point, to: Point): boolean {
  return Math.abs(to.x - from.x) < 0.005 && Math.abs(to.y - from.y) < 0.005;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;
const position = (point: Point) => `${percent(point.x)} from the left, ${percent(point.y)} from the top`;

/** A sentence for the list of what has been drawn, so the drawing is not only visual. */
export function describeAnnotation(annotation: Annotation): string {
  switch (annotation.kind) {
    case 'arrow':
      return `Arrow from ${position(annotation.from)} to ${position(annotation.to)}`;
    case 'box':
    case 'redaction': {
      const rect = rectBetween(annotation.from, annotation.to);
      const name = annotation.kind === 'box' ? 'Box outline' : 'Redaction box (solid black)';
      return `${name}, ${percent(rect.width)} wide and ${percent(rect.height)} high, with its top left corner ${position(rect)}`;
    }
    case 'text':
      return `Text “${annotation.text}” at ${position(annotation.at)}`;
  }
}
