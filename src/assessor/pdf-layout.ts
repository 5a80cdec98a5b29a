import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { A4, INK, MUTED, printable, RULE, wrapLines, type Fonts } from '../pdf/page-text';

/**
 * Flows text down A4 pages with pdf-lib: wrapped paragraphs, headings, key–value lists and simple
 * tables that repeat their header on a new page. Page size, colours, fonts and wrapping are the
 * ones every PDF of the app shares (pdf/page-text.ts).
 */
const MARGIN = { top: 64, bottom: 60, side: 50 };

type FontName = keyof Fonts;
const TABLE_SIZE = 9.5;

export interface TextStyle {
  font?: 'regular' | 'bold';
  size?: number;
  color?: RGB;
  indent?: number;
}

interface Column {
  heading: string;
  /** Share of the text width. */
  width: number;
}

export class PdfFlow {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];

  constructor(private readonly doc: PDFDocument, readonly fonts: Fonts) {
    this.newPage();
  }

  get textWidth(): number {
    return A4.width - 2 * MARGIN.side;
  }

  heading(text: string, level: 1 | 2 | 3 = 2): void {
    const size = level === 1 ? 18 : level === 2 ? 14 : 11.5;
    // Keep a heading with at least two lines of what follows it.
    this.ensure(size * 1.4 + 30);
    this.space(level === 1 ? 0 : level === 2 ? 12 : 6);
    this.paragraph(text, { font: 'bold', size });
    this.space(level === 3 ? 1 : 4);
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? 10.5;
    const font = this.fonts[style.font ?? 'regular'];
    const indent = style.indent ?? 0;
    for (const line of this.wrap(text, font, size, this.textWidth - indent)) {
      this.ensure(size * 1.35);
      this.page.drawText(line, { x: MARGIN.side + indent, y: this.y - size, size, font, color: style.color ?? INK });
      this.y -= size * 1.35;
    }
  }

  /** A label in bold and its value beside it, wrapped under the value's column. */
  keyValues(pairs: readonly [string, string][], labelWidth = 150): void {
    const widths = [labelWidth, this.textWidth - labelWidth];
    for (const [label, value] of pairs) this.row([label, value], widths, ['bold', 'regular'], false);
  }

  /** A table whose header row is repeated at the top of each page it runs on to. */
  table(columns: readonly Column[], rows: readonly string[][]): void {
    const total = columns.reduce((sum, c) => sum + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.textWidth);
    const headings = columns.map((c) => c.heading);
    const bold = columns.map(() => 'bold' as const);
    const regular = columns.map(() => 'regular' as const);
    this.ensure(this.rowHeight(headings, widths, bold) + (rows[0] ? this.rowHeight(rows[0], widths, regular) : 0));
    this.row(headings, widths, bold, true);
    for (const cells of rows) {
      if (this.y - this.rowHeight(cells, widths, regular) < MARGIN.bottom) {
        this.newPage();
        this.row(headings, widths, bold, true);
      }
      this.row(cells, widths, regular, true);
    }
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  /** Makes text drawable in the standard fonts: other characters become a close match or "?"; line breaks stay for `wrap`. */
  printable(text: string): string {
    return printable(text, this.fonts.regular);
  }

  private rowHeight(cells: readonly string[], widths: readonly number[], fonts: readonly FontName[]): number {
    const lines = cells.map((cell, i) => this.wrap(cell, this.fonts[fonts[i]!], TABLE_SIZE, widths[i]! - 8).length);
    return Math.max(...lines) * TABLE_SIZE * 1.35 + 6;
  }

  private row(cells: readonly string[], widths: readonly number[], fonts: readonly FontName[], ruled: boolean): void {
    const lh = TABLE_SIZE * 1.35;
    this.ensure(this.rowHeight(cells, widths, fonts));
    let x = MARGIN.side;
    let lowest = 0;
    cells.forEach((cell, i) => {
      const font = this.fonts[fonts[i]!];
      const lines = this.wrap(cell, font, TABLE_SIZE, widths[i]! - 8);
      lines.forEach((line, n) => this.page.drawText(line, { x: x + 2, y: this.y - 3 - TABLE_SIZE - n * lh, size: TABLE_SIZE, font, color: INK }));
      lowest = Math.max(lowest, lines.length);
      x += widths[i]!;
    });
    this.y -= lowest * lh + 6;
    if (ruled) this.page.drawLine({ start: { x: MARGIN.side, y: this.y }, end: { x: MARGIN.side + this.textWidth, y: this.y }, thickness: 0.5, color: RULE });
  }

  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    return wrapLines(this.printable(text), font, size, width);
  }

  private newPage(): void {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  /** Header and footer on every page, once the number of pages is known. */
  decorate(header: string, footer: (page: number, of: number) => string): void {
    const size = 8.5;
    this.pages.forEach((page, i) => {
      const top = A4.height - 34;
      page.drawText(this.printable(header), { x: MARGIN.side, y: top, size, font: this.fonts.regular, color: MUTED });
      page.drawLine({ start: { x: MARGIN.side, y: top - 6 }, end: { x: A4.width - MARGIN.side, y: top - 6 }, thickness: 0.5, color: RULE });
      page.drawLine({ start: { x: MARGIN.side, y: 44 }, end: { x: A4.width - MARGIN.side, y: 44 }, thickness: 0.5, color: RULE });
      page.drawText(this.printable(footer(i + 1, this.pages.length)), { x: MARGIN.side, y: 32, size, font: this.fonts.regular, color: MUTED });
    });
  }
}
