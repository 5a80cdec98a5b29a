import { describe, expect, it } from 'vitest';
import type { OfferedChoice } from '../../../src/session/session-events';
import { bestOfferedHere } from '../../../src/trainer/best-path';

const option = (index: number, scores: [number, number, number] | null): OfferedChoice => ({
  index,
  text: `option ${index}`,
  scores: scores && { compliance: scores[0], communication: scores[1], challenge: scores[2] },
  reason: null,
  ksbs: [],
});

describe('the best option offered at a decision', () => {
  it('is the one with the highest total of the three scores', () => {
    expect(bestOfferedHere.best([option(0, [2, 1, 0]), option(1, [1, 1, 2]), option(2, [-2, 0, 0])], [])).toEqual([1]);
  });

  it('is every option that shares the highest total', () => {
    expect(bestOfferedHere.best([option(0, [2, 0, 0]), option(1, [0, 0, 2]), option(2, [0, 0, 1])], [])).toEqual([0, 1]);
  });

  it('ignores unscored options, and is none when nothing is scored', () => {
    expect(bestOfferedHere.best([option(0, null), option(1, [-1, 0, 0])], [])).toEqual([1]);
    expect(bestOfferedHere.best([option(0, null)], [])).toEqual([]);
  });

  it('says in its label that it is a local measure', () => {
    expect(bestOfferedHere.label).toMatch(/offered at each decision/);
  });
});
