import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { AXES, AXIS_LABELS, formatScore } from '../core/axes';
import { A4, cutLine, INK, MUTED, printable, standardFonts, wrapWithin } from '../pdf/page-text';
import { percent, type GroupDebrief, type GroupDecision } from './group-debrief';
import { BASIS_LABELS, endingName, handsText, pausesText } from './group-debrief-text';

interface PdfInfo {
  scenarioTitle: string;
  /** When the session ran, already formatted for a reader, e.g. "24 November 2026". */
  date: string;
}

const MARGIN = 40;
const BRAND = rgb(0.11, 0.31, 0.42);
const TRACK = rgb(0.88, 0.9, 0.92);
const OTHER = rgb(0.55, 0.6, 0.65);
const SCALES = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];

/**
 * The group debrief on one A4 page, for a trainer's records. Type starts at a readable size and
 * shrinks step by step until everything fits; long option text is cut to one line (the CSV has it
 * in full). Only the standard PDF fonts are used, so nothing is downloaded to make it.
 */
export async function buildGroupDebriefPdf(debrief: GroupDebrief, info: PdfInfo): Promise<Uint8Array> {
  return (await fitGroupDebriefPdf(debrief, info)).bytes;
}

/** As buildGroupDebriefPdf, also saying at what scale it fitted, or that even the smallest was full. */
export async function fitGroupDebriefPdf(debrief: GroupDebrief, info: PdfInfo): Promise<{ bytes: Uint8Array; scale: number; complete: boolean }> {
  for (const scale of SCALES) {
    const doc = await PDFDocument.create();
    doc.setTitle(`Group debrief: ${info.scenarioTitle}`);
    doc.setCreator('Common Ground');
    const page = doc.addPage([A4.width, A4.height]);
    const fonts = await standardFonts(doc);
    const pen = new Pen(page, fonts.regular, fonts.bold, scale);
    drawDebrief(pen, debrief, info);
    const smallest = scale === SCALES.at(-1);
    if (!pen.full || smallest) {
      if (pen.full) pen.note('The page is full: the CSV export has every decision and branch.');
      return { bytes: await doc.save(), scale, complete: !pen.full };
    }
  }
  throw new Error('unreachable: the smallest scale always returns');
}

function drawDebrief(pen: Pen, debrief: GroupDebrief, info: PdfInfo): void {
  pen.text(`Group debrief: ${info.scenarioTitle}`, { size: 17, bold: true, color: BRAND });
  pen.text(summaryLine(debrief, info), { size: 8.5, color: MUTED, gapAfter: 6 });
  drawTotals(pen, debrief);
  pen.text("The room's path", { size: 11, bold: true, gapBefore: 6 });
  pen.text(`Bars show the room's hands for each option; ROOM marks what the room went with; * marks ${debrief.bestLabel}.`, { size: 7.5, color: MUTED, wrap: 2, gapAfter: 2 });
  for (const decision of debrief.path) drawDecision(pen, decision);
  if (debrief.explored.length > 0) {
    pen.text('Roads not taken: branches explored and then rewound', { size: 11, bold: true, gapBefore: 6 });
    for (const branch of debrief.explored) {
      const steps = branch.decisions.map((d) => `${d.number}. ${d.taken.text}${d.basis === 'override' ? ' (override)' : ''}`);
      pen.text(`From decision ${branch.fromDecision}: ${steps.join('  >  ')}`, { size: 8, wrap: 3 });
    }
  }
  if (debrief.questions.length > 0) {
    pen.text('Questions for discussion', { size: 11, bold: true, gapBefore: 6 });
    debrief.questions.forEach((q, i) => pen.text(`${i + 1}. ${q}`, { size: 8.5, wrap: 3 }));
  }
}

function summaryLine(debrief: GroupDebrief, info: PdfInfo): string {
  const parts = [
    `Trainer-led session, ${info.date}`,
    `${debrief.path.length} decisions`,
    `${debrief.overrides} ${debrief.overrides === 1 ? 'override' : 'overrides'}`,
    `${debrief.explored.length} ${debrief.explored.length === 1 ? 'branch' : 'branches'} explored`,
    pausesText(debrief.pauses),
    debrief.ended ? `Ending: ${endingName(debrief.ending)}` : 'Not finished',
  ];
  return parts.join('  |  ');
}

function drawTotals(pen: Pen, debrief: GroupDebrief): void {
  const width = (A4.width - 2 * MARGIN - 2 * 10) / 3;
  const height = 34 * pen.scale;
  if (!pen.reserve(height + 4)) return;
  AXES.forEach((axis, i) => {
    const x = MARGIN + i * (width + 10);
    pen.page.drawRectangle({ x, y: pen.y - height, width, height, borderColor: TRACK, borderWidth: 1 });
    pen.at(x + 8, pen.y - 12 * pen.scale, AXIS_LABELS[axis], { size: 8, color: MUTED });
    pen.at(x + 8, pen.y - 29 * pen.scale, formatScore(debrief.totals[axis]), { size: 15, bold: true });
  });
  pen.y -= height + 4;
}

function drawDecision(pen: Pen, decision: GroupDecision): void {
  const facts = [decision.basis ? BASIS_LABELS[decision.basis] : 'Choice', decision.totalHands > 0 ? handsText(decision.totalHands) : null, decision.tookBest ? 'took the best option offered' : null];
  pen.text(`Decision ${decision.number}`, { size: 9, bold: true, gapBefore: 5, suffix: `   ${facts.filter(Boolean).join('  ·  ')}` });
  if (decision.context) pen.text(`After: ${decision.context}`, { size: 7.5, color: MUTED, indent: 14, gapAfter: 1 });
  for (const option of decision.options) drawOptionBar(pen, decision, option);
  if (decision.note) pen.text(`Trainer's note: ${decision.note}`, { size: 7.5, color: MUTED, indent: 14 });
}

function drawOptionBar(pen: Pen, decision: GroupDecision, option: GroupDecision['options'][number]): void {
  const size = 8;
  const barWidth = 90;
  const line = size * 1.5 * pen.scale;
  const x = MARGIN + 14;
  const y = pen.y - line;
  if (!pen.reserve(line)) return;
  pen.page.drawRectangle({ x, y: y + 1, width: barWidth, height: line - 3, color: TRACK });
  if (option.share > 0) pen.page.drawRectangle({ x, y: y + 1, width: barWidth * option.share, height: line - 3, color: option.taken ? BRAND : OTHER });
  const count = decision.totalHands > 0 ? `${option.hands} (${percent(option.share)})` : '-';
  pen.at(x + barWidth + 4, y + 2, count, { size, bold: option.taken });
  const label = `${option.taken ? 'ROOM: ' : ''}${option.best ? '* ' : ''}${option.text}`;
  pen.at(x + barWidth + 52, y + 2, label, { size, bold: option.taken, maxWidth: A4.width - MARGIN - (x + barWidth + 52) });
  pen.y = y;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  color?: ReturnType<typeof rgb>;
  gapBefore?: number;
  gapAfter?: number;
  indent?: number;
  /** Most lines to wrap to; the last is cut with an ellipsis. 1 when left out. */
  wrap?: number;
  /** Muted text after the main text on the same line, e.g. how a decision was settled. */
  suffix?: string;
  maxWidth?: number;
}

/** Writes top to bottom, keeping the current baseline in `y`; every size is multiplied by `scale`. */
class Pen {
  y = A4.height - MARGIN;
  /** Set once something did not fit above the bottom margin; nothing more is drawn after that. */
  full = false;

  constructor(
    readonly page: PDFPage,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    readonly scale: number,
  ) {}

  text(value: string, style: TextStyle): void {
    const size = style.size * this.scale;
    const x = MARGIN + (style.indent ?? 0);
    const width = A4.width - MARGIN - x;
    this.y -= (style.gapBefore ?? 0) * this.scale;
    const suffix = style.suffix ? this.safe(style.suffix) : '';
    const suffixWidth = suffix ? this.regular.widthOfTextAtSize(suffix, size) : 0;
    const lines = this.wrap(this.safe(value), size, style.bold ?? false, width, style.wrap ?? 1, suffixWidth);
    lines.forEach((line, i) => {
      if (!this.reserve(size * 1.3)) return;
      this.y -= size * 1.3;
      this.page.drawText(line, { x, y: this.y, size, font: style.bold ? this.bold : this.regular, color: style.color ?? INK });
      if (suffix && i === lines.length - 1) {
        const after = x + this.font(style.bold).widthOfTextAtSize(line, size);
        this.page.drawText(suffix, { x: after, y: this.y, size, font: this.regular, color: MUTED });
      }
    });
    this.y -= (style.gapAfter ?? 0) * this.scale;
  }

  /** Whether `height` more fits above the bottom margin (leaving room for a closing note). */
  reserve(height: number): boolean {
    if (this.y - height < MARGIN + 14) this.full = true;
    return !this.full;
  }

  /** A closing line at the foot of the page. */
  note(value: string): void {
    this.page.drawText(this.safe(value), { x: MARGIN, y: MARGIN, size: 8, font: this.bold, color: MUTED });
  }

  /** One line at a fixed place, cut to `maxWidth` if given; does not move `y`. */
  at(x: number, y: number, value: string, style: TextStyle): void {
    const size = style.size * this.scale;
    const font = this.font(style.bold);
    const text = style.maxWidth ? this.cut(this.safe(value), size, font, style.maxWidth) : this.safe(value);
    this.page.drawText(text, { x, y, size, font, color: style.color ?? INK });
  }

  private font(bold = false): PDFFont {
    return bold ? this.bold : this.regular;
  }

  private wrap(text: string, size: number, bold: boolean, width: number, maxLines: number, reserve: number): string[] {
    return text ? wrapWithin(text, this.font(bold), size, width, maxLines, reserve) : [];
  }

  private cut(text: string, size: number, font: PDFFont, width: number): string {
    return cutLine(text, font, size, width);
  }

  /** The standard fonts know only the Windows Latin set; anything else becomes a plain stand-in. */
  private safe(text: string): string {
    return printable(text.replace(/\s+/g, ' '), this.regular);
  }
}
