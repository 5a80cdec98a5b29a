import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PAGE_MARGIN } from '../../../src/pdf/one-page-pen';
import { A4 } from '../../../src/pdf/page-text';
import { buildLearnerResultPdf, fitLearnerResultPdf } from '../../../src/portfolio/learner-result-pdf';
import type { LearnerResult, ResultDecision } from '../../../src/portfolio/learner-result';
import { pdfPageTexts } from '../../fixtures/pdf-text';

const LONG = 'Say you disagree, give the new rent evidence, explain the duty to make enquiries and ask for your disagreement to be minuted before the meeting closes';

function result(count: number, chosen = 'Ask what they need it for'): LearnerResult {
  const decision = (i: number): ResultDecision => ({ number: i + 1, chosen, best: i % 2 === 0, bestText: i % 2 === 0 ? null : LONG });
  return {
    scenarioTitle: 'Two doors',
    learner: 'Sam Jones',
    date: '3 December 2026',
    ending: { title: 'The call is closed', summary: 'The caller was helped, in the end.' },
    axes: ['Compliance', 'Communication', 'Constructive challenge'].map((label) => ({ label, score: '+2', range: 'on a range from -3 (lowest possible) to +3 (highest possible): 83% of the way up', percent: 83 })),
    decisions: Array.from({ length: count }, (_, i) => decision(i)),
    bestCount: `You chose the best option at ${Math.ceil(count / 2)} of ${count} decisions.`,
  };
}

describe("the learner's result as a one-page PDF", () => {
  it('is one A4 page at full size that says who, what, when, the ending and the best option', async () => {
    const fitted = await fitLearnerResultPdf(result(4));
    expect(fitted).toMatchObject({ scale: 1, complete: true });
    const doc = await PDFDocument.load(fitted.bytes);
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([[A4.width, A4.height]]);
    expect(doc.getTitle()).toBe('Result: Two doors, Sam Jones');
    const [text] = await pdfPageTexts(fitted.bytes);
    for (const words of ['Learner: Sam Jones', 'Finished on 3 December 2026', 'Your ending: The call is closed', 'The caller was helped', 'Constructive challenge', '83% of the way up', '1. You chose: Ask what they need it for', '— Best here', 'Best here: Say you disagree']) {
      expect(text).toContain(words);
    }
  });

  it('cuts a long option at a word with an ellipsis, drawn within the margins', async () => {
    const fitted = await fitLearnerResultPdf(result(4, LONG));
    const [text] = await pdfPageTexts(fitted.bytes);
    const doc = await PDFDocument.create();
    const regular = await doc.embedFont(StandardFonts.Helvetica);
    const chosen = text!.split('\n').filter((line) => line.startsWith('2. You chose: '));
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatch(/[a-z]…$/);
    expect(LONG).toContain(`${chosen[0]!.slice('2. You chose: '.length, -1)} `);
    expect(regular.widthOfTextAtSize(chosen[0]!, 9.5 * fitted.scale)).toBeLessThanOrEqual(A4.width - 2 * PAGE_MARGIN);
  });

  it('shrinks the type to keep every decision of a long attempt on the page', async () => {
    const fitted = await fitLearnerResultPdf(result(30, LONG));
    expect(fitted.complete).toBe(true);
    expect(fitted.scale).toBeLessThan(1);
    expect((await PDFDocument.load(fitted.bytes)).getPageCount()).toBe(1);
    expect((await pdfPageTexts(fitted.bytes))[0]).toContain('30. You chose:');
  });

  it('stays on one page when even the smallest type is too big, and says where the rest is', async () => {
    const fitted = await fitLearnerResultPdf(result(120));
    expect(fitted.complete).toBe(false);
    expect((await PDFDocument.load(fitted.bytes)).getPageCount()).toBe(1);
    expect((await pdfPageTexts(fitted.bytes))[0]).toContain('the debrief in Common Ground shows every decision');
  });

  it('copes with characters the standard PDF fonts do not have', async () => {
    const bytes = await buildLearnerResultPdf({ ...result(2, 'Zadzwoń do pani Łucji 📞 – “today”'), learner: 'Zoë Łukasz' });
    expect((await pdfPageTexts(bytes))[0]).toContain('Zoë ?ukasz');
  });
});
