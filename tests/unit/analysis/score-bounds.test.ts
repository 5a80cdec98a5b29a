import { describe, expect, it } from 'vitest';
import { scoreBounds, scoresAlong } from '../../../src/analysis/score-bounds';
import type { GraphChoice, StateGraph, StateNode } from '../../../src/analysis/state-graph';
import { analyseFixture } from '../../fixtures/analyse-fixture';

/** A hand-made graph: each decision lists [compliance score, target] per option; ids at or past `decisions` are ends. */
function graph(decisions: [number, number][][], endCount = 1): StateGraph {
  const choice = ([comp, to]: [number, number], index: number): GraphChoice => ({
    index,
    text: `option ${index}`,
    scores: { compliance: comp, communication: 0, challenge: 0 },
    reason: null,
    ksbs: [],
    to,
  });
  const nodes: StateNode[] = decisions.map((options, id) => ({ id, kind: 'decision', location: `d${id}`, context: '', ask: null, guide: null, choices: options.map(choice) }));
  for (let e = 0; e < endCount; e++) {
    nodes.push({ id: nodes.length, kind: 'end', stop: 'END', ending: null, location: 'end', context: '', message: null });
  }
  return { nodes, start: 0 };
}

describe('scoreBounds', () => {
  it('finds the lowest and highest total on every axis, the best path overall and a path to each', () => {
    const bounds = analyseFixture('clean').bounds!;
    expect(bounds.axes.compliance).toEqual({ min: { value: -2, path: [1, 1] }, max: { value: 3, path: [0, 0] } });
    expect(bounds.axes.communication).toEqual({ min: { value: -1, path: [1, 1] }, max: { value: 3, path: [0, 0] } });
    expect(bounds.axes.challenge).toEqual({ min: { value: 0, path: [0, 0] }, max: { value: 1, path: [0, 1] } });
    expect(bounds.best).toEqual({ total: { value: 6, path: [0, 0] }, scores: { compliance: 3, communication: 3, challenge: 0 } });
  });

  it('prefers the shorter of two equally good paths', () => {
    // d0: a detour through d1 worth 0 more, or straight to the end.
    const g = graph([[[1, 1], [1, 2]], [[0, 2]]]);
    expect(scoreBounds(g)!.axes.compliance.max).toEqual({ value: 1, path: [1] });
  });

  it('goes round a loop that gains nothing only as far as it must', () => {
    // d0 ⇄ d1 with nothing gained; only d1 reaches the end, worth 2.
    const g = graph([[[0, 1]], [[0, 0], [2, 2]]]);
    expect(scoreBounds(g)!.axes.compliance.max).toEqual({ value: 2, path: [0, 1] });
    expect(scoreBounds(g)!.axes.compliance.min).toEqual({ value: 2, path: [0, 1] });
  });

  it('calls a total unbounded when a loop can repeat a gain, and gives the path into the loop', () => {
    // d0 → d1; d1 gains 1 and returns to itself, or leaves.
    const g = graph([[[0, 1]], [[1, 1], [0, 2]]]);
    const compliance = scoreBounds(g)!.axes.compliance;
    expect(compliance.max).toEqual({ value: 'unbounded', path: [0], loop: ['d1'] });
    expect(compliance.min).toEqual({ value: 0, path: [0, 1] });
    expect(analyseFixture('score-farm').bounds!.axes.compliance.max).toMatchObject({ value: 'unbounded', loop: ['passage hub'] });
  });

  it('leaves out loops with no way out when other paths stop', () => {
    // d0 → end (worth -1) or → d1, which only ever returns to itself (worth +2 each time).
    const g = graph([[[-1, 2], [0, 1]], [[2, 1]]]);
    expect(scoreBounds(g)!.axes.compliance).toEqual({ min: { value: -1, path: [0] }, max: { value: -1, path: [0] } });
  });

  it('gives no bounds when no path ever stops', () => {
    expect(scoreBounds(graph([[[1, 0]]], 0))).toBeNull();
  });

  it('adds up what a path scores, axis by axis', () => {
    const { graph: g } = analyseFixture('clean');
    expect(scoresAlong(g!, [1, 1])).toEqual({ compliance: -2, communication: -1, challenge: 1 });
  });
});
