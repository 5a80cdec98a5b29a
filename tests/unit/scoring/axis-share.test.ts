import { describe, expect, it } from 'vitest';
import { axisShare } from '../../../src/scoring/scores';

describe('axisShare', () => {
  it('places a total on the real range, from the lowest achievable (0%) to the highest (100%)', () => {
    expect(axisShare(-3, { min: -7, max: 6 })).toEqual({
      text: 'on a range from -7 (lowest possible) to +6 (highest possible): 31% of the way up',
      percent: 31,
    });
  });

  it('never reads a poor total below zero as the worst result', () => {
    expect(axisShare(-2, { min: -4, max: 5 }).percent).toBe(22);
    expect(axisShare(-4, { min: -4, max: 5 }).percent).toBe(0);
    expect(axisShare(5, { min: -4, max: 5 }).percent).toBe(100);
  });

  it('measures from the lowest even when the best is zero or less', () => {
    expect(axisShare(-1, { min: -3, max: 0 }).percent).toBe(67);
    expect(axisShare(0, { min: -3, max: 0 }).percent).toBe(100);
  });

  it('counts a total as all of it when only one total is possible', () => {
    expect(axisShare(2, { min: 2, max: 2 }).percent).toBe(100);
  });

  it('says so, and draws no bar, when a loop leaves the axis without a limit', () => {
    expect(axisShare(12, { min: 0, max: null })).toEqual({ text: 'This scenario has no upper limit on this axis.', percent: null });
    expect(axisShare(1, { min: null, max: 4 }).percent).toBeNull();
  });
});
