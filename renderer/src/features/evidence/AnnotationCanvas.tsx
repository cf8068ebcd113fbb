/**
 * The drawing surface of the annotation editor: the display copy on a canvas with the annotations drawn
 * over it by the same code that renders the saved copy. Shapes are drawn with a pointer (drag) or
 * with the keyboard: arrow keys move a cross (Shift for bigger steps), Enter starts a shape and Enter
 * again finishes it, Escape cancels. Every step is announced, so the canvas is usable without sight
 * of it; the list of what has been drawn is shown beside it in words.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  clampPoint,
  describeAnnotation,
  isTooSmall,
  type Annotation,
  type AnnotationTool,
  type Point,
} from '../../photos/annotations';
import { drawAnnotations } from '../../photos/drawAnnotations';

export interface AnnotationCanvasProps {
  imageUrl: string;
  annotations: readonly Annotation[];
  tool: AnnotationTool;
  /** The words the text tool places. */
  text: string;
  onAdd: (annotation: Annotation) => void;
  /** Describes the photo being annotated, for the canvas's accessible name. */
  photoDescription: string;
}

const STEP = 0.01;
const BIG_STEP = 0.1;
const position = (point: Point) =>
  `${Math.round(point.x * 100)}% from the left, ${Math.round(point.y * 100)}% from the top`;

function shapeFor(tool: AnnotationTool, from: Point, to: Point, text: string): Annotation | null {
  if (tool === 'text') return text.trim() ? { kind: 'text', at: from, text: text.trim() } : null;
  if (isTooSmall(from, to)) return null;
  return { kind: tool, from, to };
}

export function AnnotationCanvas({
  imageUrl,
  annotations,
  tool,
  text,
  onAdd,
  photoDescription,
}: AnnotationCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<HTMLImageElement | null>(null);
  const [anchor, setAnchor] = useState<Point | null>(null);
  const [cursor, setCursor] = useState<Point>({ x: 0.5, y: 0.5 });
  const [dragging, setDragging] = useState(false);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const loading = new Image();
    let live = true;
    loading.onload = () => live && setImage(loading);
    loading.src = imageUrl;
    return () => {
      live = false;
    };
  }, [imageUrl]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !image) return;
    const { naturalWidth: width, naturalHeight: height } = image;
    if (element.width !== width) element.width = width;
    if (element.height !== height) element.height = height;
    context.drawImage(image, 0, 0);
    const draft = anchor ? shapeFor(tool, anchor, cursor, text || 'Text') : null;
    drawAnnotations(context, draft ? [...annotations, draft] : annotations, width, height);
    if (focused && !dragging) drawCross(context, cursor, width, height);
  }, [image, annotations, anchor, cursor, tool, text, focused, dragging]);

  function finish(from: Point, to: Point) {
    setAnchor(null);
    const shape = shapeFor(tool, from, to, text);
    if (!shape) {
      setAnnouncement(tool === 'text' ? 'Type the text to place first.' : 'Nothing drawn: the shape was too small.');
      return;
    }
    onAdd(shape);
    setAnnouncement(`Added: ${describeAnnotation(shape)}.`);
  }

  function pointAt(event: PointerEvent<HTMLCanvasElement>): Point {
    const rect = event.currentTarget.getBoundingClientRect();
    return clampPoint({ x: (event.clientX - rect.left) / rect.width, y: (event.clientY - rect.top) / rect.height });
  }

  function onPointerDown(event: PointerEvent<HTMLCanvasElement>) {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    const point = pointAt(event);
    setCursor(point);
    if (tool === 'text') {
      finish(point, point);
      return;
    }
    setAnchor(point);
    setDragging(true);
  }

  function onPointerMove(event: PointerEvent<HTMLCanvasElement>) {
    if (dragging) setCursor(pointAt(event));
  }

  function onPointerUp(event: PointerEvent<HTMLCanvasElement>) {
    if (!dragging || !anchor) return;
    setDragging(false);
    finish(anchor, pointAt(event));
  }

  function onKeyDown(event: KeyboardEvent<HTMLCanvasElement>) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, Point> = {
      ArrowLeft: { x: -step, y: 0 },
      ArrowRight: { x: step, y: 0 },
      ArrowUp: { x: 0, y: -step },
      ArrowDown: { x: 0, y: step },
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const next = clampPoint({ x: cursor.x + move.x, y: cursor.y + move.y });
      setCursor(next);
      setAnnouncement(`Cross at ${position(next)}.`);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (tool === 'text') finish(cursor, cursor);
      else if (!anchor) {
        setAnchor(cursor);
        setAnnouncement(`Started at ${position(cursor)}. Move the cross and press Enter to finish.`);
      } else finish(anchor, cursor);
      return;
    }
    if (event.key === 'Escape' && anchor) {
      event.preventDefault();
      setAnchor(null);
      setAnnouncement('Shape cancelled.');
    }
  }

  if (!image) return <p className="govuk-body">Loading the photo…</p>;
  return (
    <div className="app-annotation-stage">
      <canvas
        ref={canvas}
        className="app-annotation-canvas"
        tabIndex={0}
        // A drawing surface with its own keys is what role="application" is for: screen readers pass the
        // arrow keys and Enter through to it instead of using them to read.
        // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
        role="application"
        aria-label={`Drawing area over ${photoDescription}`}
        aria-describedby="annotation-keyboard-help"
        data-testid="annotation-canvas"
        onKeyDown={onKeyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      />
      <span className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** The keyboard cursor: a cross with a light and a dark stroke, visible on any photo. */
function drawCross(context: CanvasRenderingContext2D, at: Point, width: number, height: number) {
  const x = at.x * width;
  const y = at.y * height;
  const arm = Math.max(10, Math.min(width, height) * 0.03);
  context.save();
  for (const [colour, lineWidth] of [
    ['#ffdd00', 5],
    ['#0b0c0c', 2],
  ] as const) {
    context.strokeStyle = colour;
    context.lineWidth = lineWidth;
    context.beginPath();
    context.moveTo(x - arm, y);
    context.lineTo(x + arm, y);
    context.moveTo(x, y - arm);
    context.lineTo(x, y + arm);
    context.stroke();
  }
  context.restore();
}
