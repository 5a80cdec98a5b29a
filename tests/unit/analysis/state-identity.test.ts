import { describe, expect, it } from 'vitest';
import { CountLiveness } from '../../../src/analysis/count-liveness';
import { InkJson } from '../../../src/analysis/ink-json';
import { readInkStructure } from '../../../src/analysis/ink-structure';
import { StateIdentity } from '../../../src/analysis/state-identity';
import { stressStory } from '../../../src/analysis/stress-story';
import type { CompiledScenario } from '../../../src/content/compiled-scenario';
import { StoryRunner } from '../../../src/narrative/story-runner';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

const HEADER = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';

function identityFor(scenario: CompiledScenario): StateIdentity {
  const ink = new InkJson(scenario.json);
  return new StateIdentity(readInkStructure(ink), new CountLiveness(ink));
}

/** ink's saved state at the decision reached by taking these choices. */
function stateAfter(scenario: CompiledScenario, path: number[], seed = 1): string {
  const runner = new StoryRunner(scenario.id, scenario.json, seed);
  runner.next();
  for (const index of path) {
    runner.choose(index);
    runner.next();
  }
  return runner.snapshot().inkState;
}

function sameState(scenario: CompiledScenario, a: number[], b: number[]): boolean {
  const identity = identityFor(scenario);
  return identity.identify(stateAfter(scenario, a)).key === identity.identify(stateAfter(scenario, b)).key;
}

describe('StateIdentity', () => {
  const stress = compileSource('stress', stressStory(3));

  it('gives two paths that meet again with the same variables the same key', () => {
    expect(sameState(stress, [0, 0], [1, 0])).toBe(true);
  });

  it('tells apart states whose variables differ', () => {
    expect(sameState(stress, [0, 0], [0, 1])).toBe(false);
  });

  it('forgets once-only choices the story can never offer again', () => {
    const identity = identityFor(stress);
    const raw = stateAfter(stress, [0, 0]);
    expect(JSON.parse(raw).visitCounts).toHaveProperty(['d0.0.c-0']);
    expect(identity.canonical(raw)).not.toContain('d0.0.c-0');
  });

  it('remembers once-only choices a loop can still offer', () => {
    const loop = compileFixture('analysis/loop');
    expect(identityFor(loop).canonical(stateAfter(loop, [0]))).toContain('hub.0.c-0');
    expect(sameState(loop, [0], [1])).toBe(false);
  });

  it('does not tell states apart by the order things happened in: turns, thread numbers or list order', () => {
    const loop = compileFixture('analysis/loop');
    expect(sameState(loop, [0, 0], [1, 0])).toBe(true);
    const lists = compileFixture('analysis/lists');
    expect(sameState(lists, [0, 0], [1, 0])).toBe(true);
  });

  it('knows where a cycle is in its cycle, and nothing more', () => {
    const cycle = compileSource('cycle', HEADER + '-> hub\n=== hub ===\n{&Quiet.|Busy.|Closing.}\n+ [Wait] -> hub\n+ [Go] -> END\n');
    expect(sameState(cycle, [], [0, 0, 0])).toBe(true);
    expect(sameState(cycle, [], [0])).toBe(false);
  });

  it('takes a shuffle to repeat its second round after two, and says it did', () => {
    const shuffle = compileFixture('analysis/shuffle-loop');
    const identity = identityFor(shuffle);
    const key = (path: number[]) => identity.identify(stateAfter(shuffle, path)).key;
    expect(identity.foldedShuffles.size).toBe(0);
    // Nine more visits: the shuffle is three rounds on and the two-line cycle back where it was.
    expect(key([0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe(key([0, 0, 0]));
    expect(identity.foldedShuffles).toEqual(new Set(['hub.0.0']));
  });

  it('keeps where RANDOM has got to only when the story calls RANDOM', () => {
    const random = compileSource('random', HEADER + '-> hub\n=== hub ===\n~ temp roll = RANDOM(1, 6)\n{roll}\n+ [Again] -> hub\n+ [Stop] -> END\n');
    expect(sameState(random, [], [0])).toBe(false);
    const plain = compileSource('plain', HEADER + '-> hub\n=== hub ===\nRoll.\n+ [Again] -> hub\n+ [Stop] -> END\n');
    expect(sameState(plain, [], [0])).toBe(true);
  });
});
