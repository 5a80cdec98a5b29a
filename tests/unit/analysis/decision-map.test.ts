import { describe, expect, it } from 'vitest';
import { toDecisionMap } from '../../../src/analysis/decision-map';
import { traceMapPath } from '../../../src/analysis/map-graph';
import type { GraphChoice, StateGraph } from '../../../src/analysis/state-graph';

const choice = (index: number, text: string, to: number): GraphChoice => ({ index, text, scores: null, reason: null, ksbs: [], to });
const decision = (id: number, location: string, choices: GraphChoice[]) => ({ id, kind: 'decision' as const, location, context: `in ${location}`, ask: null, guide: null, choices });
const end = (id: number, ending: string) => ({ id, kind: 'end' as const, stop: 'END' as const, ending, location: 'passage end', context: '', message: null });

// Both first options reach the meeting, in two states (what was said before differs). There "Agree"
// ends well from one state and leads on to a follow-up from the other: the same option, two places.
const graph: StateGraph = {
  start: 0,
  nodes: [
    decision(0, 'passage prep', [choice(0, 'Upload', 1), choice(1, 'Email', 2)]),
    decision(1, 'passage meeting', [choice(0, 'Agree', 4), choice(1, 'Disagree', 5)]),
    decision(2, 'passage meeting', [choice(0, 'Agree', 3), choice(1, 'Disagree', 5)]),
    decision(3, 'passage follow_up', [choice(0, 'Report it', 4)]),
    end(4, 'closed'),
    end(5, 'reopened'),
  ],
};

describe('the map of decisions a learner reads', () => {
  const map = toDecisionMap(graph);

  it('draws one circle per passage with a decision and one box per ending, however the story got there', () => {
    expect(map.nodes.map((n) => [n.kind, n.label])).toEqual([
      ['decision', '1'],
      ['decision', '2'],
      ['end', 'closed'],
      ['end', 'reopened'],
      ['decision', '3'],
    ]);
    // Both ways into the meeting, and each option out of it once per place it leads.
    expect(map.edges.map((e) => [e.from, e.index, e.to])).toEqual([
      [0, 0, 1],
      [0, 1, 1],
      [1, 0, 2],
      [1, 1, 3],
      [1, 0, 4],
      [4, 0, 2],
    ]);
  });

  it('traces a path through the way that carries on when one option leads to two places', () => {
    // Email, then Agree (to the follow-up, not the ending), then Report it.
    const traced = traceMapPath(map, [1, 0, 0]);
    expect(traced.complete).toBe(true);
    expect(traced.edges.map((e) => e.to)).toEqual([1, 4, 2]);
    expect(traceMapPath(map, [0, 0])).toMatchObject({ complete: true, edges: [{ to: 1 }, { to: 2 }] });
  });

  it('keeps as much of a path as the map holds when the rest is not on it', () => {
    const traced = traceMapPath(map, [1, 0, 7]);
    expect(traced.complete).toBe(false);
    expect(traced.edges.map((e) => e.index)).toEqual([1, 0]);
  });
});
