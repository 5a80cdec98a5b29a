import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CountLiveness } from '../../../src/analysis/count-liveness';
import { InkJson } from '../../../src/analysis/ink-json';
import { readInkStructure } from '../../../src/analysis/ink-structure';
import { StateIdentity } from '../../../src/analysis/state-identity';
import { townStory } from '../../../src/analysis/town-story';
import type { CompiledScenario } from '../../../src/content/compiled-scenario';
import { StoryRunner } from '../../../src/narrative/story-runner';
import { compileFixture, compileSource, compileStory } from '../../fixtures/compile-fixture';
import { NOBODY_YET } from '../../../src/narrative/presence';

interface Sighting {
  json: string;
  live: string | null;
}

/**
 * Every decision reached from every state (up to `limit` states), each with its key both ways:
 * from ink's saved JSON (the reference) and from the live state. Novelty is decided by the JSON key.
 */
function sightings(scenario: CompiledScenario, limit = 400): Sighting[] {
  const ink = new InkJson(scenario.json);
  const identity = new StateIdentity(readInkStructure(ink), new CountLiveness(ink));
  const runner = new StoryRunner(scenario.id, scenario.json, 1, { onProblem: () => {}, standInExternals: true });
  const found: Sighting[] = [];
  const seen = new Set<string>();
  const queue: string[] = [];
  const look = (ending: string | null, choices: number) => {
    if (choices === 0) return;
    // The live key first: a snapshot clears the text ink has shown, which the key never reads.
    const live = identity.liveKey(runner.stateView(), ending ?? '');
    const { inkState } = runner.snapshot();
    const sighting = { json: identity.identify(inkState, ending ?? '').key, live };
    found.push(sighting);
    if (!seen.has(sighting.json) && seen.size < limit) {
      seen.add(sighting.json);
      queue.push(inkState);
    }
  };
  const first = runner.next();
  look(first.ending, first.choices.length);
  for (let head = 0; head < queue.length; head++) {
    const back = () => {
      runner.restore({ inkState: queue[head]!, ending: null, presence: NOBODY_YET });
      return runner.next().choices.length;
    };
    const count = back();
    for (let i = 0; i < count; i++) {
      back();
      runner.choose(i);
      const step = runner.next();
      look(step.ending, step.choices.length);
    }
  }
  return found;
}

/** The two keys split the states the same way: each JSON key goes with one live key, and back. */
function expectSamePartition(found: Sighting[]): void {
  const liveOf = new Map<string, string | null>();
  const jsonOf = new Map<string | null, string>();
  for (const { json, live } of found) {
    expect(live).not.toBeNull();
    if (liveOf.has(json)) expect(live).toBe(liveOf.get(json));
    if (jsonOf.has(live)) expect(json).toBe(jsonOf.get(live));
    liveOf.set(json, live);
    jsonOf.set(live, json);
  }
}

const fixtures = readdirSync(fileURLToPath(new URL('../../fixtures/stories/analysis', import.meta.url)))
  .filter((f) => f.endsWith('.ink') && f !== 'compile-error.ink')
  .map((f) => f.replace(/\.ink$/, ''));

describe('the live state key', () => {
  it.each(fixtures)('tells apart exactly the states the saved JSON tells apart: %s', (name) => {
    const found = sightings(compileFixture(`analysis/${name}`));
    expect(found.length).toBeGreaterThan(0);
    expectSamePartition(found);
  });

  it.each(['pension-card', 'hub-request'])('does so on a shipped scenario too: %s', (id) => {
    expectSamePartition(sightings(compileStory(id), 300));
  });

  it('does so on the generated town, with its tunnel, function, list and clock', () => {
    const found = sightings(compileSource('town', townStory(6)), 300);
    expect(new Set(found.map((f) => f.json)).size).toBeGreaterThan(250);
    expectSamePartition(found);
  });
});
