import { describe, expect, it } from 'vitest';
import { shortestPaths, type StateGraph, type StateNode } from '../../../src/analysis/state-graph';

/** n decisions in a row, each with a way on (its second option) and a way back to the start. */
function chain(n: number): StateGraph {
  const nodes: StateNode[] = Array.from({ length: n }, (_, id) => ({
    id,
    kind: 'decision',
    location: `passage d${id}`,
    context: '',
    ask: null,
    guide: null,
    choices: [
      { index: 0, text: 'back', scores: null, reason: null, ksbs: [], to: 0 },
      { index: 1, text: 'on', scores: null, reason: null, ksbs: [], to: id + 1 < n ? id + 1 : -1 },
    ],
  }));
  return { nodes, start: 0 };
}

describe('shortest paths', () => {
  it('finds one shortest path to each state, skipping choices never followed', () => {
    const paths = shortestPaths(chain(4));
    expect(paths.to(0)).toEqual([]);
    expect(paths.to(3)).toEqual([1, 1, 1]);
    expect(paths.length(2)).toBe(2);
    expect(paths.reaches(4)).toBe(false);
    expect(paths.to(4)).toBeNull();
  });

  it('copes with a story explored 100,000 states deep, where a path to every state would fill memory', () => {
    const paths = shortestPaths(chain(100_000));
    expect(paths.length(99_999)).toBe(99_999);
    expect(paths.to(99_999)).toHaveLength(99_999);
  });
});
