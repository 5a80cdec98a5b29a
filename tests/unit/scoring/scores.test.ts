import { describe, expect, it } from 'vitest';
import { bestOf, combinedScore, optionTotal, sumScores } from '../../../src/scoring/scores';

const s = (compliance: number, communication: number, challenge: number) => ({ compliance, communication, challenge });

describe('the scoring rules', () => {
  it('add a run of choices axis by axis, and an empty run scores zero', () => {
    expect(sumScores([s(2, -1, 0), s(1, 1, -2)])).toEqual(s(3, 0, -2));
    expect(sumScores([])).toEqual(s(0, 0, 0));
  });

  it('combine the three axes with equal weight; an unscored option has no total', () => {
    expect(combinedScore(s(2, -1, 1))).toBe(2);
    expect(optionTotal(null)).toBeNull();
    expect(optionTotal(s(-2, 0, 1))).toBe(-1);
  });

  it('call best every item sharing the highest value, never an unvalued one', () => {
    expect(bestOf(['a', 'b', 'c'], (x) => ({ a: 1, b: 3, c: 3 })[x]!)).toEqual(['b', 'c']);
    expect(bestOf(['a', 'b'], (x) => (x === 'a' ? null : -1))).toEqual(['b']);
    expect(bestOf(['a'], () => null)).toEqual([]);
  });
});
