import { rgb } from 'pdf-lib';
import { AXES, AXIS_LABELS, formatScore } from '../core/axes';
import { fitOnePage, PAGE_MARGIN as MARGIN, type OnePage, type OnePagePen as Pen } from '../pdf/one-page-pen';
import { A4, BRAND, MUTED } from '../pdf/page-text';
import { percent, type GroupDebrief, type GroupDecision } from './group-debrief';
import { BASIS_LABELS, endingName, handsText, pausesText } from './group-debrief-text';

interface PdfInfo {
  scenarioTitle: string;
  /** When the session ran, already formatted for a reader, e.g. "24 November 2026". */
  date: string;
}

const TRACK = rgb(0.88, 0.9, 0.92);
const OTHER = rgb(0.55, 0.6, 0.65);

/**
 * The group debrief on one A4 page, for a trainer's records. Type starts at a readable size and
 * shrinks step by step until everything fits; long option text is cut to one line (the CSV has it
 * in full). Only the standard PDF fonts are used, so nothing is downloaded to make it.
 */
export async function buildGroupDebriefPdf(debrief: GroupDebrief, info: PdfInfo): Promise<Uint8Array> {
  return (await fitGroupDebriefPdf(debrief, info)).bytes;
}

/** As buildGroupDebriefPdf, also saying at what scale it fitted, or that even the smallest was full. */
export async function fitGroupDebriefPdf(debrief: GroupDebrief, info: PdfInfo): Promise<OnePage> {
  return fitOnePage(
    (doc) => doc.setTitle(`Group debrief: ${info.scenarioTitle}`),
    (pen) => drawDebrief(pen, debrief, info),
    'The page is full: the CSV export has every decision and branch.',
  );
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
