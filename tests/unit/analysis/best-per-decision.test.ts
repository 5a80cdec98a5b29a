import { describe, expect, it } from 'vitest';
import { toRouteTable } from '../../../src/analysis/best-route';
import { lessonsFor, pathView } from '../../../src/analysis/best-per-decision';
import type { GraphChoice, StateGraph } from '../../../src/analysis/state-graph';
import type { Debrief } from '../../../src/scoring/debrief';
import type { OfferedChoice } from '../../../src/session/session-events';

const s = (c: number) => ({ compliance: c, communication: 0, challenge: 0 });
const choice = (index: number, text: string, score: number, to: number): GraphChoice => ({ index, text, scores: s(score), reason: `${text} because`, ksbs: [], to });
const decision = (id: number, context: string, choices: GraphChoice[]) => ({ id, kind: 'decision' as const, location: 'x', context, ask: null, guide: null, choices });
const end = (id: number, ending: string) => ({ id, kind: 'end' as const, stop: 'END' as const, ending, location: 'x', context: `${ending} said`, message: null });

// A tempting first option (+1) leads somewhere worse than a modest one (0) that opens a +2.
const graph: StateGraph = {
  start: 0,
  nodes: [
    decision(0, 'First', [choice(0, 'Tempting', 1, 1), { ...choice(1, 'Modest', 0, 2), nextLine: 'You keep it short.', nextSpeaker: 'Marcia' }]),
    decision(1, 'After tempting', [choice(0, 'Slip', -2, 3), choice(1, 'Recover', 0, 3)]),
    decision(2, 'After modest', [choice(0, 'Shine', 2, 4), choice(1, 'Coast', 0, 3)]),
    end(3, 'so-so'),
    end(4, 'well-done'),
  ],
};

function offered(node: number): OfferedChoice[] {
  const n = graph.nodes[node]!;
  return n.kind === 'decision' ? n.choices.map(({ to: _to, ...c }) => c) : [];
}

function debriefOf(path: [number, number][]): Debrief {
  const decisions = path.map(([node, index], seq) => {
    const options = offered(node);
    const c = options.find((o) => o.index === index)!;
    return {
      context: '', situation: [], offered: options, alternatives: options.filter((o) => o !== c), answer: null,
      chosen: { seq, at: '', type: 'choice-made' as const, index, text: c.text, scores: c.scores!, reason: c.reason, ksbs: [] },
    };
  });
  return { scenarioId: 't', totals: s(0), decisions: decisions as unknown as Debrief['decisions'], explored: [], undone: [], ended: true, ending: 'so-so' };
}

describe('best option at each decision', () => {
  const table = toRouteTable(graph);

  it('is the best route to an ending, not the best-scoring option on its own', () => {
    const [first, second] = lessonsFor(debriefOf([[0, 0], [1, 0]]), table);
    expect(first).toMatchObject({ basis: 'route', chosenIsBest: false, follows: { text: 'You keep it short.', speaker: 'Marcia', ending: null } });
    expect(first!.best.map((c) => c.text)).toEqual(['Modest']);
    expect(second!.best.map((c) => c.text)).toEqual(['Recover']);
    // A table without the line after an option (none recorded) falls back to the last line before the next stop.
    expect(second!.follows).toEqual({ text: 'so-so said', speaker: null, ending: 'so-so' });
  });

  it('falls back to the best option offered, and says so, without an analysis', () => {
    const [first] = lessonsFor(debriefOf([[0, 1]]), null);
    expect(first).toMatchObject({ basis: 'offered', chosenIsBest: false, follows: null });
    expect(first!.best.map((c) => c.text)).toEqual(['Tempting']);
  });
});

describe('path view', () => {
  it('puts the same decision on one row, and a decision only one route met beside a gap, with both endings', () => {
    // "After tempting" and "After modest" are different decisions: neither route meets the other's.
    const view = pathView(debriefOf([[0, 0], [1, 0]]), toRouteTable(graph));
    expect(view.rows).toEqual([
      { step: 1, decision: 1, yours: 'Tempting', best: 'Modest', same: false },
      { step: 2, decision: 2, yours: 'Slip', best: null, same: false },
      { step: 3, decision: null, yours: null, best: 'Shine', same: false },
    ]);
    expect(view).toMatchObject({ yourEnding: 'so-so', bestEnding: 'well-done', fromAnalysis: true });
  });

  it('marks the steps where the learner took the best route', () => {
    const view = pathView(debriefOf([[0, 1], [2, 1]]), toRouteTable(graph));
    expect(view.rows.map((r) => [r.decision, r.same])).toEqual([[1, true], [2, false]]);
  });

  it('without an analysis, sets the best option offered beside each of the learner’s decisions', () => {
    const view = pathView(debriefOf([[0, 1], [2, 1]]), null);
    expect(view.rows.map((r) => [r.decision, r.yours, r.best])).toEqual([[1, 'Modest', 'Tempting'], [2, 'Coast', 'Shine']]);
    expect(view.fromAnalysis).toBe(false);
  });
});
