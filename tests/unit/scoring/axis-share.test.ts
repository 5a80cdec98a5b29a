import { describe, expect, it } from 'vitest';
import { axisShare } from '../../../src/scoring/scores';

describe('axisShare', () => {
  it('gives a total as a share of the best achievable, with the lowest for scale', () => {
    expect(axisShare(6, { min: -4, max: 9 })).toEqual({ text: 'of a possible +9: 67% (the lowest possible was -4)', percent: 67 });
  });

  it('counts a total below zero as none of the best, and never more than all of it', () => {
    expect(axisShare(-2, { min: -4, max: 5 }).percent).toBe(0);
    expect(axisShare(5, { min: 0, max: 5 }).percent).toBe(100);
  });

  it('treats reaching the best as all of it when the best is zero or less', () => {
    expect(axisShare(0, { min: -3, max: 0 })).toMatchObject({ percent: 100, text: expect.stringMatching(/^of a possible 0: 100%/) });
    expect(axisShare(-1, { min: -3, max: 0 }).percent).toBe(0);
  });

  it('says so, and draws no bar, when a loop leaves the axis without an upper limit', () => {
    expect(axisShare(12, { min: 0, max: null })).toEqual({ text: 'This scenario has no upper limit on this axis.', percent: null });
  });
});
