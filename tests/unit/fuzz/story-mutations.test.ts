import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAndPlay, mutate, mutatedStory } from '../../fixtures/story-fuzz';

// Bounded for CI; `npm run fuzz:stories -- --runs 5000` runs the same property for longer.
const RUNS = 25;

describe('mutated scenarios (property-based)', () => {
  it('always give a compiled story or the project’s own error with a place, never another exception', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(mutatedStory, ({ story, mutations, path }) => {
        const outcome = buildAndPlay(story.id, mutate(story.source, mutations), path);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { numRuns: RUNS, seed: 20261202 },
    );
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(RUNS);
  }, 120_000);
});
