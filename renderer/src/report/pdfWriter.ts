/**
 * A small layout engine over jsPDF for the report: an A4 page with margins, a cursor that moves down
 * as text is written, page breaks before anything that would run past the bottom margin, wrapped
 * text with hanging indents, and autoTable tables in the report font. Renderers say what to write;
 * this file decides where it goes.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type Styles } from 'jspdf-autotable';
import { REPORT_FONT, registerReportFonts, type ReportFonts } from './reportFonts';

export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 22 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM_LIMIT = PAGE.height - PAGE.bottom;
const POINT_MM = 25.4 / 72;
const LINE_FACTOR = 1.25;

export type Colour = readonly [number, number, number];
export const COLOURS = {
  text: [11, 12, 12],
  secondary: [80, 90, 95],
  red: [170, 0, 0],
  green: [0, 112, 60],
  border: [177, 180, 182],
  fill: [243, 242, 241],
} as const satisfies Record<string, Colour>;

export interface TextStyle {
  size?: number;
  bold?: boolean;
  colour?: Colour;
  /** Left indent of every line, in mm. */
  indent?: number;
  /** Width of the text column, in mm; the rest of the content width by default. */
  width?: number;
  /** Space after the text, in mm. */
  after?: number;
}

export function lineHeight(size: number): number {
  return size * POINT_MM * LINE_FACTOR;
}

export class PdfWriter {
  readonly doc: jsPDF;
  y: number = PAGE.top;

  constructor(fonts: ReportFonts) {
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
    registerReportFonts(this.doc, fonts);
    this.doc.setLineHeightFactor(LINE_FACTOR);
  }

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  get pageCount(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` mm still fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM_LIMIT && this.y > PAGE.top) this.newPage();
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(REPORT_FONT, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size ?? 10);
    const [r, g, b] = style.colour ?? COLOURS.text;
    this.doc.setTextColor(r, g, b);
  }

  wrap(text: string, style: TextStyle): string[] {
    this.setStyle(style);
    const width = style.width ?? CONTENT_WIDTH - (style.indent ?? 0);
    return text.split(/\r\n|\r|\n/).flatMap((paragraph) => this.doc.splitTextToSize(paragraph, width) as string[]);
  }

  /** Writes wrapped text at the cursor, breaking pages between lines. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10;
    const height = lineHeight(size);
    for (const line of this.wrap(text, style)) {
      this.ensure(height);
      this.setStyle(style);
      this.doc.text(line, PAGE.left + (style.indent ?? 0), this.y, { baseline: 'top' });
      this.y += height;
    }
    this.y += style.after ?? 2;
  }

  /** A label in bold followed by wrapped text with a hanging indent: "2.1.1  An example". */
  hanging(label: string, text: string, style: TextStyle & { labelWidth: number }): void {
    const size = style.size ?? 10;
    const height = lineHeight(size);
    const indent = style.indent ?? 0;
    const lines = this.wrap(text, { ...style, width: CONTENT_WIDTH - indent - style.labelWidth });
    lines.forEach((line, index) => {
      this.ensure(height);
      if (index === 0) {
        this.setStyle({ ...style, bold: true });
        this.doc.text(label, PAGE.left + indent, this.y, { baseline: 'top' });
      }
      this.setStyle(style);
      this.doc.text(line, PAGE.left + indent + style.labelWidth, this.y, { baseline: 'top' });
      this.y += height;
    });
    this.y += style.after ?? 1.5;
  }

  heading(text: string, size: number, before = 4): void {
    this.y += before;
    // Keep a heading with at least three lines of what follows it.
    this.ensure(lineHeight(size) + lineHeight(10) * 3);
    this.text(text, { size, bold: true, after: 2 });
  }

  rule(): void {
    const [r, g, b] = COLOURS.border;
    this.doc.setDrawColor(r, g, b);
    this.doc.setLineWidth(0.3);
    this.doc.line(PAGE.left, this.y, PAGE.width - PAGE.right, this.y);
    this.y += 3;
  }

  /** A table in the report font; the cursor moves below it. */
  table(options: {
    head: readonly string[];
    body: readonly (readonly string[])[];
    widths?: readonly number[];
    styles?: Partial<Styles>;
    plain?: boolean;
  }): void {
    const columnStyles: Record<string, Partial<Styles>> = {};
    options.widths?.forEach((width, index) => {
      columnStyles[String(index)] = { cellWidth: width };
    });
    autoTable(this.doc, {
      startY: this.y,
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      theme: options.plain ? 'plain' : 'grid',
      ...(options.head.length > 0 ? { head: [[...options.head]] } : {}),
      body: options.body.map((row) => [...row]),
      styles: {
        font: REPORT_FONT,
        fontSize: 8.5,
        cellPadding: 1.6,
        textColor: [...COLOURS.text],
        lineColor: [...COLOURS.border],
        lineWidth: options.plain ? 0 : 0.2,
        overflow: 'linebreak',
        ...options.styles,
      },
      headStyles: { font: REPORT_FONT, fontStyle: 'bold', fillColor: [...COLOURS.fill], textColor: [...COLOURS.text] },
      columnStyles,
      rowPageBreak: 'auto',
    });
    const finalY = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
    this.y = (finalY ?? this.y) + 4;
  }
}
