import { PDFDocument, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { A4, cutLine, INK, MUTED, printable, standardFonts, wrapWithin } from './page-text';

/** The space kept clear round a one-page document, in points. */
export const PAGE_MARGIN = 40;
/** Type sizes are multiplied by these in turn until everything fits on the page. */
const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: RGB;
  gapBefore?: number;
  gapAfter?: number;
  indent?: number;
  /** Most lines to wrap to; the last is cut with an ellipsis. 1 when left out. */
  wrap?: number;
  /** Muted text after the main text on the same line, e.g. how a decision was settled. */
  suffix?: string;
  maxWidth?: number;
}

export interface OnePage {
  bytes: Uint8Array;
  /** The scale the type was drawn at (1 is full size). */
  scale: number;
  /** False when even the smallest type did not fit and the end was left off, with `fullNote` at the foot. */
  complete: boolean;
}

/**
 * A document on exactly one A4 page: drawn at full size, then again with smaller type step by step
 * until nothing is left off. If even the smallest does not fit, what fitted is kept and `fullNote`
 * says where the rest is. `setup` sets the document's title and other details.
 */
export async function fitOnePage(setup: (doc: PDFDocument) => void, draw: (pen: OnePagePen) => void, fullNote: string): Promise<OnePage> {
  for (const scale of SCALES) {
    const doc = await PDFDocument.create();
    setup(doc);
    doc.setCreator('Common Ground');
    const page = doc.addPage([A4.width, A4.height]);
    const fonts = await standardFonts(doc);
    const pen = new OnePagePen(page, fonts.regular, fonts.bold, scale);
    draw(pen);
    const smallest = scale === SCALES.at(-1);
    if (!pen.full || smallest) {
      if (pen.full) pen.note(fullNote);
      return { bytes: await doc.save(), scale, complete: !pen.full };
    }
  }
  throw new Error('unreachable: the smallest scale always returns');
}

/** Writes top to bottom, keeping the current baseline in `y`; every size is multiplied by `scale`. */
export class OnePagePen {
  y = A4.height - PAGE_MARGIN;
  /** Set once something did not fit above the bottom margin; nothing more is drawn after that. */
  full = false;

  constructor(
    readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    readonly scale: number,
  ) {}

  /** The width text may take from `indent` to the right margin. */
  widthFrom(indent = 0): number {
    return A4.width - 2 * PAGE_MARGIN - indent;
  }

  text(value: string, style: TextStyle): void {
    const size = style.size * this.scale;
    const x = PAGE_MARGIN + (style.indent ?? 0);
    const width = this.widthFrom(style.indent);
    this.y -= (style.gapBefore ?? 0) * this.scale;
    // The suffix's leading spaces are its gap from the text: kept as typed, and measured rather than drawn.
    const suffix = style.suffix ? this.safe(style.suffix.trimStart()) : '';
    const gap = style.suffix ? this.regular.widthOfTextAtSize(style.suffix.slice(0, style.suffix.length - style.suffix.trimStart().length), size) : 0;
    const suffixWidth = suffix ? gap + this.regular.widthOfTextAtSize(suffix, size) : 0;
    const lines = this.wrap(this.safe(value), size, style.bold ?? false, width, style.wrap ?? 1, suffixWidth);
    lines.forEach((line, i) => {
      if (!this.reserve(size * 1.3)) return;
      this.y -= size * 1.3;
      this.page.drawText(line, { x, y: this.y, size, font: this.font(style.bold), color: style.color ?? INK });
      if (suffix && i === lines.length - 1) {
        const after = x + this.font(style.bold).widthOfTextAtSize(line, size) + gap;
        this.page.drawText(suffix, { x: after, y: this.y, size, font: this.regular, color: MUTED });
      }
    });
    this.y -= (style.gapAfter ?? 0) * this.scale;
  }

  /** Whether `height` more fits above the bottom margin (leaving room for a closing note). */
  reserve(height: number): boolean {
    if (this.y - height < PAGE_MARGIN + 14) this.full = true;
    return !this.full;
  }

  /** A closing line at the foot of the page. */
  note(value: string): void {
    this.page.drawText(this.safe(value), { x: PAGE_MARGIN, y: PAGE_MARGIN, size: 8, font: this.bold, color: MUTED });
  }

  /** One line at a fixed place, cut to `maxWidth` if given; does not move `y`. */
  at(x: number, y: number, value: string, style: TextStyle): void {
    const size = style.size * this.scale;
    const font = this.font(style.bold);
    const text = style.maxWidth ? cutLine(this.safe(value), font, size, style.maxWidth) : this.safe(value);
    this.page.drawText(text, { x, y, size, font, color: style.color ?? INK });
  }

  /** Lines as `text` would draw them at `x`, for a caller that places them itself (in a box, say). */
  linesFor(value: string, style: TextStyle, width: number): string[] {
    return this.wrap(this.safe(value), style.size * this.scale, style.bold ?? false, width, style.wrap ?? 1, 0);
  }

  private font(bold = false): PDFFont {
    return bold ? this.bold : this.regular;
  }

  private wrap(text: string, size: number, bold: boolean, width: number, maxLines: number, reserve: number): string[] {
    return text ? wrapWithin(text, this.font(bold), size, width, maxLines, reserve) : [];
  }

  /** The standard fonts know only the Windows Latin set; anything else becomes a plain stand-in. */
  private safe(text: string): string {
    return printable(text.replace(/\s+/g, ' '), this.regular);
  }
}
