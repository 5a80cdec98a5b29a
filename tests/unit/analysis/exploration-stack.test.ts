import { describe, expect, it } from 'vitest';
import { ExplorationStack } from '../../../src/analysis/exploration-stack';
import { InkJson } from '../../../src/analysis/ink-json';
import { readInkStructure } from '../../../src/analysis/ink-structure';
import type { DecisionNode } from '../../../src/analysis/state-graph';
import { exploreStates } from '../../../src/analysis/state-space';
import { stressStory } from '../../../src/analysis/stress-story';
import { compileSource } from '../../fixtures/compile-fixture';
import { NOBODY_YET } from '../../../src/narrative/presence';

const snapshot = (n: number) => ({ inkState: `state ${n}`, ending: null, presence: NOBODY_YET });

describe('the exploration stack', () => {
  it('keeps the snapshots of recent frames, and one in so many further down', () => {
    const stack = new ExplorationStack(3, 4);
    for (let i = 0; i < 12; i++) stack.push(i, snapshot(i));
    // Frames 9, 10, 11 are recent; below them 0, 4 and 8 keep theirs.
    const top = stack.top()!;
    expect(top.snapshot).toEqual(snapshot(11));
    for (let i = 0; i < 5; i++) stack.pop();
    // Frame 6 is on top now, without its snapshot: back from frame 4 through frames 4 and 5.
    const { snapshot: from, replay } = stack.wayBack();
    expect(from).toEqual(snapshot(4));
    expect(replay.map((f) => f.id)).toEqual([4, 5]);
  });

  it('comes back to frames that lost their snapshots by replaying their choices, exploring exactly as before', () => {
    // Each option changes a running figure that the rest of the story shows, so a step replayed
    // wrongly would lead somewhere else.
    const lines = ['# title: T', '# family: tutorial', '# minutes: 1', '# summary: S', 'VAR x = 0', '-> d0'];
    for (let i = 0; i < 30; i++) {
      lines.push(`=== d${i} ===`, `Decision ${i}, figure {x}.`, '* [Add one #score: comp +1, comm 0, chal 0 #reason: R.]', '  ~ x = (x * 3 + 1) % 7', '* [Add two #score: comp 0, comm +1, chal 0 #reason: R.]', '  ~ x = (x * 3 + 2) % 7', `- -> ${i < 29 ? `d${i + 1}` : 'end'}`);
    }
    lines.push('=== end ===', 'Done. #ending: done', '-> END');
    const { json } = compileSource('figures', lines.join('\n') + '\n');
    const ink = new InkJson(json);
    const edges = (keepSnapshots?: { recent: number; every: number }) => {
      const { graph, complete } = exploreStates('figures', json, ink, readInkStructure(ink), { seed: 1, maxStates: 10_000, ...(keepSnapshots ? { keepSnapshots } : {}) });
      expect(complete).toBe(true);
      return graph.nodes.flatMap((node) => (node.kind === 'decision' ? node.choices.map((c) => `${node.context} --${c.index}--> ${graph.nodes[c.to]!.context}`) : [])).sort();
    };
    const all = edges();
    expect(all.length).toBeGreaterThan(300);
    expect(edges({ recent: 3, every: 4 })).toEqual(all);
  });
});
