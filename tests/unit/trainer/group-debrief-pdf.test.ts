import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { GroupDebrief, GroupDecision } from '../../../src/trainer/group-debrief';
import { buildGroupDebrief } from '../../../src/trainer/group-debrief';
import { buildGroupDebriefPdf, fitGroupDebriefPdf } from '../../../src/trainer/group-debrief-pdf';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture } from '../../fixtures/compile-fixture';

const INFO = { scenarioTitle: 'Two doors', date: '24 November 2026' };
const A4 = [595.28, 841.89];

/** A made-up debrief with `count` decisions of four long options each, to push the page's limits. */
function longDebrief(count: number, text = 'Say you disagree, give the new rent evidence, and ask for your disagreement to be minuted'): GroupDebrief {
  const decision = (number: number): GroupDecision => ({
    number,
    context: 'So I am minded to close. Does anyone disagree?',
    options: [0, 1, 2, 3].map((index) => ({ index, text, scores: null, reason: null, hands: index + 1, share: (index + 1) / 10, inMajority: index === 3, taken: index === 3, best: index === 0 })),
    totalHands: 10,
    taken: { seq: number, at: '2026-11-24T10:00:00.000Z', type: 'choice-made', index: 3, text, scores: { compliance: 0, communication: 0, challenge: 0 }, reason: null, ksbs: [], elapsedMs: 0 },
    basis: 'majority',
    note: null,
    tookBest: false,
    pausedMs: 0,
  });
  return {
    scenarioId: 'long',
    sessionId: 'long-1',
    startedAt: '2026-11-24T10:00:00.000Z',
    path: Array.from({ length: count }, (_, i) => decision(i + 1)),
    explored: [],
    overrides: 0,
    totals: { compliance: 3, communication: -1, challenge: 4 },
    bestLabel: 'Best option offered',
    ended: true,
    ending: 'safety-plan',
    questions: ['What would you say to the chair?'],
    pauses: [],
  };
}

async function pages(bytes: Uint8Array) {
  const doc = await PDFDocument.load(bytes);
  return { doc, sizes: doc.getPages().map((p) => [p.getWidth(), p.getHeight()]) };
}

describe('the group debrief as a one-page PDF', () => {
  it('puts a real session on a single A4 page at full size, titled for the scenario', async () => {
    const s = TrainerSession.start({ scenario: compileFixture('two-doors'), sessionId: 'p1', seed: 2 });
    s.recordVotes([{ index: 0, hands: 5 }, { index: 1, hands: 9 }]);
    s.take(0, 'What if we check first?');
    s.take(1);
    const result = await fitGroupDebriefPdf(buildGroupDebrief(s.log.events, { questions: ['Why?'] }), INFO);
    expect(result).toMatchObject({ scale: 1, complete: true });
    const { doc, sizes } = await pages(result.bytes);
    expect(sizes).toEqual([A4]);
    expect(doc.getTitle()).toBe('Group debrief: Two doors');
  });

  it('shrinks the type to keep a long session on one page', async () => {
    const result = await fitGroupDebriefPdf(longDebrief(14), INFO);
    expect(result.complete).toBe(true);
    expect(result.scale).toBeLessThan(1);
    expect((await pages(result.bytes)).sizes).toHaveLength(1);
  });

  it('stays on one page even when a session is too long to fit, and says so', async () => {
    const result = await fitGroupDebriefPdf(longDebrief(60), INFO);
    expect(result.complete).toBe(false);
    expect((await pages(result.bytes)).sizes).toHaveLength(1);
  });

  it('copes with characters the standard PDF fonts do not have', async () => {
    const bytes = await buildGroupDebriefPdf(longDebrief(2, 'Zadzwoń do pani Łucji 📞 – “today”'), { ...INFO, scenarioTitle: 'Łódź ✓' });
    expect((await pages(bytes)).sizes).toHaveLength(1);
  });
});
