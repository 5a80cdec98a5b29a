import { describe, expect, it } from 'vitest';
import { attemptProblem } from '../../../src/session/attempt-check';
import { PlaySession } from '../../../src/session/play-session';
import type { SessionEvent } from '../../../src/session/session-events';
import { compileFixture } from '../../fixtures/compile-fixture';

const scenario = compileFixture('two-doors');

function played(choices: number[]): SessionEvent[] {
  const session = PlaySession.start({ scenario, sessionId: 's', seed: 3, mode: 'practice' });
  for (const choice of choices) session.choose(choice);
  return [...session.log.events];
}

describe('attemptProblem', () => {
  it('accepts an attempt, finished or not, that the scenario produces', () => {
    expect(attemptProblem(scenario, played([]))).toBeNull();
    expect(attemptProblem(scenario, played([0, 1]))).toBeNull();
  });

  it('refuses a forged choice worth +2 on every axis appended to an unfinished attempt', () => {
    const events = played([]);
    const offered = events.at(-1)!;
    if (offered.type !== 'choices-offered') throw new Error('the fixture should stop at a decision');
    const forged = { type: 'choice-made', seq: events.length, at: offered.at, index: offered.choices[0]!.index, text: offered.choices[0]!.text, scores: { compliance: 2, communication: 2, challenge: 2 }, reason: null, ksbs: [], elapsedMs: 1000 } as SessionEvent;
    expect(attemptProblem(scenario, [...events, forged])).toMatch(/does not match the scenario \(event \d+/);
  });

  it('refuses an attempt whose scenario is missing or changed, saying it cannot be checked', () => {
    expect(attemptProblem(null, played([]))).toMatch(/not in this copy/);
    const changed = played([]).map((e) => (e.type === 'session-started' ? { ...e, scenarioHash: '0'.repeat(64) } : e));
    expect(attemptProblem(scenario, changed)).toMatch(/changed since it was played/);
  });
});
