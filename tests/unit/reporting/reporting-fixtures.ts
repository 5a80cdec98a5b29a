import { PlaySession } from '../../../src/session/play-session';
import type { ReportTarget } from '../../../src/reporting/session-statements';
import { compileFixture } from '../../fixtures/compile-fixture';
import type { SessionMode } from '../../../src/session/session-events';

export function fakeClock(stepMs = 1500) {
  let t = Date.parse('2026-11-24T10:00:00Z');
  return () => new Date((t += stepMs));
}

/** two-doors played through: two decisions, then the end. */
export function playedSession(mode: SessionMode = 'practice', sessionId = 's1') {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 7, mode, clock: fakeClock() });
  return session;
}

export const target: ReportTarget = {
  actor: { objectType: 'Agent', name: 'Sam Learner', account: { homePage: 'https://lms.example.org', name: 'learner-1' } },
  scenarioTitle: 'Two doors',
  bounds: { compliance: { min: -4, max: 4 }, communication: { min: -4, max: 4 }, challenge: { min: -4, max: 4 } },
};
