import { describe, expect, it } from 'vitest';
import { basisFor, majorityOf, normaliseCounts, standingCounts, totalHands } from '../../../src/trainer/room-vote';

const counts = (...hands: number[]) => hands.map((h, index) => ({ index, hands: h }));

describe('the room vote', () => {
  it('finds the option with most hands, every option in a tie, and none when nobody voted', () => {
    expect(majorityOf(counts(3, 9, 2))).toEqual([1]);
    expect(majorityOf(counts(5, 1, 5))).toEqual([0, 2]);
    expect(majorityOf(counts(0, 0, 0))).toEqual([]);
    expect(majorityOf([])).toEqual([]);
    expect(totalHands(counts(3, 9, 2))).toBe(14);
  });

  it.each([
    [[1], 1, 'majority'],
    [[0, 2], 2, 'tie-break'],
    [[1], 0, 'override'],
    [[0, 2], 1, 'override'],
    [[], 2, 'no-votes'],
  ] as const)('with the majority %j, taking %i is a %s', (majority, taken, basis) => {
    expect(basisFor(majority, taken)).toBe(basis);
  });

  it('puts a tally in display order with zeros for options nobody counted', () => {
    expect(normaliseCounts([2, 0, 1], [{ index: 1, hands: 4 }, { index: 2, hands: 1 }])).toEqual([
      { index: 2, hands: 1 },
      { index: 0, hands: 0 },
      { index: 1, hands: 4 },
    ]);
  });

  it('refuses an option not on offer, a negative or fractional count, and an option counted twice', () => {
    expect(() => normaliseCounts([0, 1], [{ index: 5, hands: 1 }])).toThrow(/not on offer/);
    expect(() => normaliseCounts([0, 1], [{ index: 0, hands: -1 }])).toThrow(/not a number of hands/);
    expect(() => normaliseCounts([0, 1], [{ index: 0, hands: 1.5 }])).toThrow(/not a number of hands/);
    expect(() => normaliseCounts([0, 1], [{ index: 0, hands: 1 }, { index: 0, hands: 2 }])).toThrow(/counted twice/);
  });
});

describe('the split that stands at a decision', () => {
  const event = (source: 'trainer-tally' | 'remote', hands: number[]) =>
    ({ type: 'votes-recorded', seq: 0, at: '', decision: 0, source, counts: hands.map((h, index) => ({ index, hands: h })) }) as const;

  it('keeps the latest count from each source and adds hands and phones together', () => {
    expect(standingCounts([event('trainer-tally', [5, 0]), event('remote', [1, 2]), event('trainer-tally', [2, 1]), event('remote', [0, 4])])).toEqual([
      { index: 0, hands: 2 },
      { index: 1, hands: 5 },
    ]);
    expect(standingCounts([])).toEqual([]);
  });
});
