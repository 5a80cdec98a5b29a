import { rgb } from 'pdf-lib';
import { fitOnePage, PAGE_MARGIN as MARGIN, type OnePage, type OnePagePen } from '../pdf/one-page-pen';
import { A4, BRAND, MUTED, RULE } from '../pdf/page-text';
import { bestLine, bestMark, decisionLine, type LearnerResult, type ResultAxis } from './learner-result';

const TRACK = rgb(0.88, 0.9, 0.92);
const GAP = 10;

/**
 * The learner's result on one A4 page, for their portfolio: who, which scenario, when, the ending,
 * the three totals on their real range and one line per decision. Long option text is cut at a word
 * with an ellipsis, and the type shrinks until the page holds every decision.
 */
export async function buildLearnerResultPdf(result: LearnerResult): Promise<Uint8Array> {
  return (await fitLearnerResultPdf(result)).bytes;
}

/** As buildLearnerResultPdf, also saying at what scale it fitted, or that even the smallest was full. */
export function fitLearnerResultPdf(result: LearnerResult): Promise<OnePage> {
  return fitOnePage(
    (doc) => {
      doc.setTitle(`Result: ${result.scenarioTitle}, ${result.learner}`);
      doc.setAuthor(result.learner);
      doc.setSubject('A learner’s result in a Common Ground scenario');
    },
    (pen) => drawResult(pen, result),
    'The page is full: the debrief in Common Ground shows every decision.',
  );
}

function drawResult(pen: OnePagePen, result: LearnerResult): void {
  pen.text(`Common Ground: ${result.scenarioTitle}`, { size: 18, bold: true, color: BRAND, wrap: 2 });
  pen.text(`Learner: ${result.learner}  |  Finished on ${result.date}`, { size: 11, gapBefore: 2 });
  pen.text('Each choice is scored from -2 to +2 on compliance, communication and constructive challenge; the totals add up the choices that counted.', { size: 8.5, color: MUTED, wrap: 2, gapBefore: 2, gapAfter: 8 });
  rule(pen);
  if (result.ending) {
    pen.text(`Your ending: ${result.ending.title}`, { size: 13, bold: true, gapBefore: 8, wrap: 2 });
    if (result.ending.summary) pen.text(result.ending.summary, { size: 10, wrap: 5, gapBefore: 2 });
  }
  pen.text('Your totals', { size: 13, bold: true, gapBefore: 12, gapAfter: 4 });
  drawTotals(pen, result.axes);
  pen.text(`Your ${result.decisions.length} decisions`, { size: 13, bold: true, gapBefore: 12 });
  pen.text(`${result.bestCount} Where you chose another, the best option there is named beneath yours.`, { size: 8.5, color: MUTED, wrap: 2, gapAfter: 4 });
  for (const d of result.decisions) {
    pen.text(decisionLine(d), { size: 9.5, bold: d.best, gapBefore: 3, suffix: bestMark(d) ?? undefined });
    const best = bestLine(d);
    if (best) pen.text(best, { size: 8.5, color: MUTED, indent: 14 });
  }
}

function rule(pen: OnePagePen): void {
  pen.page.drawLine({ start: { x: MARGIN, y: pen.y }, end: { x: A4.width - MARGIN, y: pen.y }, thickness: 0.75, color: RULE });
}

/** Three boxes side by side: the axis, its total, and where that sits on the scenario's range. */
function drawTotals(pen: OnePagePen, axes: readonly ResultAxis[]): void {
  const width = (pen.widthFrom() - 2 * GAP) / 3;
  const textWidth = width - 16;
  const rangeStyle = { size: 7.5, color: MUTED, wrap: 4 };
  const ranges = axes.map((a) => (a.range ? pen.linesFor(a.range, rangeStyle, textWidth) : []));
  const lineHeight = 7.5 * 1.3 * pen.scale;
  const height = (40 + 10) * pen.scale + Math.max(...ranges.map((r) => r.length)) * lineHeight;
  if (!pen.reserve(height + 4)) return;
  axes.forEach((axis, i) => {
    const x = MARGIN + i * (width + GAP);
    const top = pen.y;
    pen.page.drawRectangle({ x, y: top - height, width, height, borderColor: TRACK, borderWidth: 1 });
    pen.at(x + 8, top - 12 * pen.scale, axis.label, { size: 8.5, color: MUTED });
    pen.at(x + 8, top - 30 * pen.scale, axis.score, { size: 16, bold: true });
    if (axis.percent !== null) {
      pen.page.drawRectangle({ x: x + 8, y: top - 40 * pen.scale, width: textWidth, height: 4 * pen.scale, color: TRACK });
      pen.page.drawRectangle({ x: x + 8, y: top - 40 * pen.scale, width: (textWidth * axis.percent) / 100, height: 4 * pen.scale, color: BRAND });
    }
    ranges[i]!.forEach((line, n) => pen.at(x + 8, top - (40 + 8) * pen.scale - (n + 1) * lineHeight + 2, line, rangeStyle));
  });
  pen.y -= height + 4;
}
