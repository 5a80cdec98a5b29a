import { describe, expect, it } from 'vitest';
import { summariseObservation, unfinishedObservations } from '../../../src/assessor/observation-summary';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';
import { observedSession, OBSERVATION } from '../../fixtures/observed-session';

describe('the observed sessions the Observe screen offers to continue', () => {
  it('names the apprentice, witness, scenario and date, and how far it got', () => {
    const { session } = observedSession({ sign: false });
    expect(summariseObservation(session.log.events)).toEqual({
      sessionId: 'obs-1',
      scenarioId: 'ask-first',
      apprentice: 'Sam Jones',
      witness: 'Priya Shah',
      observedOn: '2026-11-24',
      lastAt: session.log.events.at(-1)!.at,
      decisions: 2,
      ended: session.ended,
      signed: false,
    });
  });

  it('is not an observation without its details, nor a practice attempt', () => {
    const bare = PlaySession.start({ scenario: compileFixture('ask-first'), sessionId: 'bare', seed: 1, mode: 'assessed' });
    const practice = PlaySession.start({ scenario: compileFixture('ask-first'), sessionId: 'practice', seed: 1, mode: 'practice' });
    practice.log.append({ type: 'observation-started', ...OBSERVATION });
    expect(summariseObservation(bare.log.events)).toBeNull();
    expect(summariseObservation(practice.log.events)).toBeNull();
  });

  it('lists only the ones not signed yet, latest first', () => {
    const signed = observedSession().session.log.events;
    const older = observedSession({ sign: false }).session.log.events;
    const later = observedSession({ sign: false }).session.log.events.map((e) => ({ ...e, at: e.at.replace('2026-11-24', '2026-11-25'), ...(e.type === 'session-started' ? { sessionId: 'obs-2' } : {}) }));
    expect(unfinishedObservations([older, signed, later]).map((o) => o.sessionId)).toEqual(['obs-2', 'obs-1']);
  });
});
