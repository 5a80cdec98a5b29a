import { describe, expect, it } from 'vitest';
import { summariseGroupSession } from '../../../src/trainer/group-session-summary';
import { offerFor } from '../../../src/trainer/resume-choice';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import type { SessionEvent } from '../../../src/session/session-events';
import { compileFixture } from '../../fixtures/compile-fixture';

const scenario = compileFixture('two-doors');

/** A stored group session of two-doors that took `takes` decisions. */
function stored(sessionId: string, takes: number) {
  const session = TrainerSession.start({ scenario, sessionId, seed: 4 });
  for (let i = 0; i < takes; i++) session.take(session.play.current.choices[0]!.index);
  const events = [...session.log.events];
  return { summary: summariseGroupSession(events), events };
}

describe('what the start screen offers to continue', () => {
  it('offers nothing when every session of this scenario has ended', () => {
    expect(offerFor(scenario, [stored('done', 2)])).toBeNull();
  });

  it('offers the unfinished one, replayed and ready to carry on at its decision', () => {
    const open = stored('open', 1);
    const offer = offerFor(scenario, [stored('done', 2), open]);
    expect(offer?.kind).toBe('resumable');
    if (offer?.kind !== 'resumable') return;
    expect(offer.stored).toBe(open);
    expect(offer.play.decisionsMade).toBe(1);
    expect(offer.play.log.events).toEqual(open.events);
  });

  it('offers the session the address names even when it has ended (after a reload at the end)', () => {
    const offer = offerFor(scenario, [stored('open', 1), stored('done', 2)], 'done');
    expect(offer).toMatchObject({ kind: 'resumable', stored: { summary: { sessionId: 'done', ended: true } } });
  });

  it('says plainly when the scenario has changed since, so the session cannot be carried on', () => {
    const open = stored('open', 1);
    const changed = open.events.map((e): SessionEvent => (e.type === 'session-started' ? { ...e, scenarioHash: '0'.repeat(64) } : e));
    expect(offerFor(scenario, [{ ...open, events: changed }])).toMatchObject({ kind: 'stuck', problem: 'the scenario has been updated since it was played' });
  });

  it('never offers another scenario’s session', () => {
    expect(offerFor(compileFixture('discussion'), [stored('open', 1)], 'open')).toBeNull();
  });
});
