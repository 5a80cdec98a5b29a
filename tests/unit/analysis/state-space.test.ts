import { describe, expect, it } from 'vitest';
import { InkJson } from '../../../src/analysis/ink-json';
import { readInkStructure } from '../../../src/analysis/ink-structure';
import type { DecisionNode, EndNode, StateGraph } from '../../../src/analysis/state-graph';
import { exploreStates, PROGRESS_EVERY, type Exploration } from '../../../src/analysis/state-space';
import { stressStory } from '../../../src/analysis/stress-story';
import type { CompiledScenario } from '../../../src/content/compiled-scenario';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

function explore(scenario: CompiledScenario, options: { seed?: number; maxStates?: number; onProgress?: (states: number) => void } = {}): Exploration {
  const ink = new InkJson(scenario.json);
  return exploreStates(scenario.id, scenario.json, ink, readInkStructure(ink), { seed: 1, maxStates: 10_000, ...options });
}

const decisions = (graph: StateGraph) => graph.nodes.filter((n): n is DecisionNode => n.kind === 'decision');
const ends = (graph: StateGraph) => graph.nodes.filter((n): n is EndNode => n.kind === 'end');
const fixture = (name: string) => compileFixture(`analysis/${name}`);

describe('exploreStates', () => {
  it('explores a story with 2^n paths in 2n states: cost follows distinct states, not paths', () => {
    for (const n of [4, 12]) {
      const { graph, choiceCount } = explore(compileSource('stress', stressStory(n)));
      // The first decision, two states (one per option just taken) at each later one, and the end.
      expect(decisions(graph)).toHaveLength(1 + 2 * (n - 1));
      expect(ends(graph)).toHaveLength(1);
      expect(choiceCount).toBe(2 * decisions(graph).length);
    }
  });

  it('goes round a loop once per distinct state and finds the way out', () => {
    const { graph } = explore(fixture('loop'));
    // Nothing asked, card asked, bank asked, both asked.
    expect(decisions(graph)).toHaveLength(4);
    expect(decisions(graph).map((d) => d.choices.map((c) => c.text).length).sort()).toEqual([1, 2, 2, 3]);
    expect(ends(graph)).toMatchObject([{ stop: 'END', ending: 'written-up' }]);
  });

  it('follows a tunnel out and back to where it was called from', () => {
    const { graph, entered } = explore(fixture('tunnel'));
    expect(decisions(graph).map((d) => d.location)).toEqual(['passage desk', 'passage manager']);
    expect(ends(graph)).toMatchObject([{ stop: 'END', ending: 'decided' }]);
    expect(entered).toEqual(new Set(['desk', 'manager', 'decide']));
  });

  it("offers a thread's choices alongside the knot's own", () => {
    const { graph } = explore(fixture('thread'));
    const first = graph.nodes[graph.start] as DecisionNode;
    expect(first.choices.map((c) => c.text)).toEqual(['Pass a note to the chair', 'Speak up about the risk', 'Stay quiet']);
    expect(first.choices.every((c) => graph.nodes[c.to]!.kind === 'end')).toBe(true);
  });

  it('treats the same LIST contents reached in another order as one state', () => {
    expect(decisions(explore(fixture('lists')).graph)).toHaveLength(4);
  });

  it.each(['shuffle', 'random'])('meets in %s exactly what a session with the same seed meets', (name) => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const { graph } = explore(fixture(name), { seed });
      const session = PlaySession.start({ scenario: fixture(name), sessionId: 's', seed, mode: 'practice' });
      const first = graph.nodes[graph.start] as DecisionNode;
      // The session shows options in a shuffled order; what is on offer must be the same.
      expect(first.choices.map((c) => c.text).sort()).toEqual(session.current.choices.map((c) => c.text).sort());
      expect(first.context).toBe(session.current.passages.at(-1)?.text);
    }
  });

  it('keeps the first line said after each option, and who says it, for the debrief to tell', () => {
    const { graph } = explore(compileFixture('two-doors'));
    const first = graph.nodes[graph.start] as DecisionNode;
    expect(first.choices.map((c) => [c.nextLine, c.nextSpeaker])).toEqual([
      ['You ask two security questions.', null],
      ['You read the address aloud.', null],
    ]);
    // The line after the option, not the last before the next decision ("The caller pauses.", Sam's).
    const second = graph.nodes[first.choices[0]!.to] as DecisionNode;
    expect(second.context).toBe('The caller pauses.');
    expect(second.choices.map((c) => c.nextLine)).toEqual(['Sam nods approvingly.', 'The line goes dead.']);
  });

  it('tells END, DONE and running out of story apart', () => {
    expect(ends(explore(fixture('dead-end')).graph).map((e) => [e.stop, e.location])).toEqual([
      ['dead-end', 'passage stuck'],
      ['dead-end', 'passage detour'],
      ['END', 'passage start'],
    ]);
    expect(ends(explore(fixture('thread')).graph).map((e) => e.stop)).toEqual(['END']);
    const done = compileSource('done', '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n* [a] -> DONE\n* [b] -> END\n');
    expect(ends(explore(done).graph).map((e) => e.stop)).toEqual(['DONE', 'END']);
  });

  it('stops at the state limit and keeps what it found, each choice not yet followed leading nowhere', () => {
    const { complete, graph, choiceCount } = explore(fixture('counter'), { maxStates: 40 });
    expect(complete).toBe(false);
    expect(graph.nodes).toHaveLength(40);
    expect(choiceCount).toBeGreaterThanOrEqual(39);
    expect(decisions(graph).some((d) => d.choices.some((c) => c.to === -1))).toBe(true);
    expect(explore(fixture('loop')).complete).toBe(true);
  });

  it('tells how many states it has found as it goes', () => {
    const heard: number[] = [];
    explore(fixture('counter'), { maxStates: 3 * PROGRESS_EVERY + 10, onProgress: (n) => heard.push(n) });
    expect(heard).toEqual([PROGRESS_EVERY, 2 * PROGRESS_EVERY, 3 * PROGRESS_EVERY]);
  });

  it('records each problem once, with the choice that first led to it', () => {
    const { problems } = explore(fixture('bad-tags'));
    expect(problems.map((p) => [p.problem.detail.slice(0, 30), p.after])).toEqual([
      ['unknown tag "#speeker: sam"', null],
      ['compliance score 3 is outside ', null],
      ['#score belongs inside a choice', { from: 0, index: 1 }],
    ]);
  });

  it('tells the same moment with other people in the room apart, so a wrong #leave on one branch is found', () => {
    const { graph, problems } = explore(fixture('presence'));
    // The last decision twice: once with Ana in the room, once without.
    expect(decisions(graph).map((d) => d.location)).toEqual(['passage start', 'passage wrap', 'passage wrap']);
    expect(problems.map((p) => p.problem.detail)).toEqual(['"#enter: sam", but sam is already in the scene', '"#leave: ana", but ana is not in the scene']);
  });

  it('binds stand-ins for EXTERNAL functions without an ink fallback, and names them', () => {
    const { standIns, graph } = explore(fixture('external'));
    expect(standIns).toEqual(['playAlarm']);
    expect((graph.nodes[graph.start] as DecisionNode).context).toBe('Your caseworker is Sam.');
  });
});
