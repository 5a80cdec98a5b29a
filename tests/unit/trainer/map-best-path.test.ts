import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode, ScenarioMapGraph } from '../../../src/analysis/map-graph';
import type { OfferedChoice } from '../../../src/session/session-events';
import { bestMapPath, mapBestPathSource } from '../../../src/trainer/map-best-path';

const edge = (from: number, to: number, index: number, total: number | null): MapEdge => ({
  from,
  to,
  index,
  text: `option ${index} from ${from}`,
  scores: total === null ? null : { compliance: total, communication: 0, challenge: 0 },
});
const offer = (...indices: number[]): OfferedChoice[] => indices.map((index) => ({ index, text: '', scores: null, reason: null, ksbs: [] }));

/**
 * 0 ─a(+2)→ 1 ─(-2)→ end 3        Taking +2 first leads to a poor second decision;
 *   ─b(0)──→ 2 ─(+2)→ end 4       the plain first option leads to a good one.
 */
const map: ScenarioMapGraph = {
  start: 0,
  nodes: [
    ...[0, 1, 2].map((id): MapNode => ({ id, kind: 'decision', label: String(id + 1), detail: '', stop: null })),
    ...[3, 4].map((id): MapNode => ({ id, kind: 'end', label: `end ${id}`, detail: '', stop: 'END' })),
  ],
  edges: [edge(0, 1, 0, 2), edge(0, 2, 1, 0), edge(1, 3, 0, -2), edge(1, 3, 1, -1), edge(2, 4, 0, 2), edge(2, 4, 1, null)],
};

describe('the best path on the scenario map', () => {
  it('is the route with the highest total to an ending, not the best-looking first step', () => {
    expect(bestMapPath(map)).toEqual({ path: [1, 0], total: 2 });
  });

  it('picks, at each decision, the option that starts the best route from there', () => {
    const source = mapBestPathSource(map);
    expect(source.best(offer(0, 1), [])).toEqual([1]);
    expect(source.best(offer(0, 1), [0])).toEqual([1]);
    expect(source.best(offer(0, 1), [1])).toEqual([0]);
    expect(source.label).toMatch(/scenario map/);
  });

  it('falls back to the best option offered where the path leaves the map', () => {
    const offered: OfferedChoice[] = [
      { index: 0, text: '', scores: { compliance: -1, communication: 0, challenge: 0 }, reason: null, ksbs: [] },
      { index: 1, text: '', scores: { compliance: 1, communication: 0, challenge: 0 }, reason: null, ksbs: [] },
    ];
    expect(mapBestPathSource(map).best(offered, [7])).toEqual([1]);
  });

  it('does not go round a loop, however good it looks', () => {
    // A +2 option from decision 2 back to the start would be endlessly good if followed.
    const looped: ScenarioMapGraph = { ...map, edges: [...map.edges, edge(2, 0, 2, 2)] };
    expect(bestMapPath(looped)).toEqual({ path: [1, 0], total: 2 });
  });
});
