import { describe, expect, it } from 'vitest';
import { alignRoutes } from '../../../src/analysis/align-routes';

describe('aligning two routes decision by decision', () => {
  it('pairs the decisions both met, and leaves a gap beside one only the first route met', () => {
    // The learner's poor first choice added a decision ("own up") the best route never meets.
    const learner = [['Email all', 'Upload'], ['Own up', 'Play it down'], ['Agree', 'Disagree']];
    const best = [['Email all', 'Upload'], ['Agree', 'Disagree']];
    expect(alignRoutes(learner, best)).toEqual([[0, 0], [1, null], [2, 1]]);
  });

  it('leaves a gap on the first route where only the second met a decision', () => {
    expect(alignRoutes([['A', 'B'], ['E', 'F']], [['A', 'B'], ['C', 'D'], ['E', 'F']])).toEqual([[0, 0], [null, 1], [1, 2]]);
  });

  it('counts a decision as the same when an option shown only sometimes makes the sets differ', () => {
    expect(alignRoutes([['Ask', 'Tell', 'Mention the rent']], [['Ask', 'Tell']])).toEqual([[0, 0]]);
  });

  it('keeps every decision of each route when the routes share none after the first', () => {
    const pairs = alignRoutes([['A'], ['B'], ['C']], [['A'], ['X']]);
    expect(pairs[0]).toEqual([0, 0]);
    expect(pairs.filter(([a]) => a !== null).map(([a]) => a)).toEqual([0, 1, 2]);
    expect(pairs.filter(([, b]) => b !== null).map(([, b]) => b)).toEqual([0, 1]);
  });
});
