import { describe, expect, it } from 'vitest';
import { bestByScenario, summariseAttempt, type AttemptSummary } from '../../../src/scoring/attempt-summary';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';

function attempt(actions: (number | 'undo')[], sessionId = 'h1') {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 3, mode: 'practice' });
  for (const action of actions) {
    if (action === 'undo') session.undo();
    else session.choose(action);
  }
  return summariseAttempt(session.log.events);
}

describe('summariseAttempt', () => {
  it('gives a finished attempt its path, ending and totals', () => {
    expect(attempt([0, 1])).toMatchObject({
      sessionId: 'h1',
      scenarioId: 'two-doors',
      finished: true,
      ending: 'done',
      totals: { compliance: 2, communication: 0, challenge: 0 },
      path: ["Check the caller's identity", 'End the call'],
      stepsBack: 0,
    });
  });

  it('counts steps back and leaves the undone choices off the path', () => {
    expect(attempt([1, 'undo', 0])).toMatchObject({ finished: false, path: ["Check the caller's identity"], stepsBack: 1 });
  });
});

describe('bestByScenario', () => {
  const base = attempt([0, 0]);
  const make = (id: string, compliance: number, lastAt: string, finished = true): AttemptSummary => ({
    ...base,
    sessionId: id,
    finished,
    lastAt,
    totals: { compliance, communication: 0, challenge: 0 },
  });

  it('picks the highest combined score among finished attempts', () => {
    const best = bestByScenario([make('a', 1, '2026-01-01'), make('b', 3, '2026-01-02'), make('c', 5, '2026-01-03', false)]);
    expect(best.get('two-doors')).toMatchObject({ best: { sessionId: 'b' }, finishedCount: 2 });
  });

  it('prefers the most recent of equal scores', () => {
    const best = bestByScenario([make('old', 2, '2026-01-01'), make('new', 2, '2026-02-01')]);
    expect(best.get('two-doors')?.best.sessionId).toBe('new');
  });

  it('has nothing for a scenario never finished', () => {
    expect(bestByScenario([make('a', 2, '2026-01-01', false)]).size).toBe(0);
  });
});
