import { describe, expect, it } from 'vitest';
import { howFar, latestUnfinished, newestFirst, summariseGroupSession, type GroupSessionSummary } from '../../../src/trainer/group-session-summary';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture } from '../../fixtures/compile-fixture';

function summary(overrides: Partial<GroupSessionSummary>): GroupSessionSummary {
  return { sessionId: 's', scenarioId: 'two-doors', startedAt: '2026-12-01T09:00:00.000Z', lastAt: '2026-12-01T09:30:00.000Z', decisions: 0, ended: false, ending: null, overrides: 0, explored: 0, ...overrides };
}

describe('a group session in the trainer’s list', () => {
  it('counts as the group debrief does: the path, an override, a road explored, the ending', () => {
    const session = TrainerSession.start({ scenario: compileFixture('two-doors'), sessionId: 'room', seed: 4 });
    const [first, second] = session.play.current.choices.map((c) => c.index);
    session.recordVotes([{ index: first!, hands: 5 }, { index: second!, hands: 1 }]);
    session.take(second!, 'to see');
    session.backTo(0);
    session.take(first!);
    expect(summariseGroupSession(session.log.events)).toMatchObject({ sessionId: 'room', scenarioId: 'two-doors', decisions: 1, ended: false, overrides: 1, explored: 1 });
    session.take(session.play.current.choices[0]!.index);
    const done = summariseGroupSession(session.log.events);
    expect(done).toMatchObject({ decisions: 2, ended: true, ending: 'done', lastAt: session.log.events.at(-1)!.at });
    expect(howFar(done)).toBe('Finished (ending: done), 2 decisions, 1 override, 1 road explored');
  });

  it('says how far an unfinished session got', () => {
    expect(howFar(summary({ decisions: 0 }))).toBe('At decision 1: 0 decisions made');
    expect(howFar(summary({ decisions: 1, overrides: 2 }))).toBe('At decision 2: 1 decision made, 2 overrides');
  });

  it('offers the unfinished session of this scenario touched last, never a finished one or another scenario’s', () => {
    const list = [
      summary({ sessionId: 'old', lastAt: '2026-12-01T10:00:00.000Z' }),
      summary({ sessionId: 'recent', lastAt: '2026-12-02T10:00:00.000Z' }),
      summary({ sessionId: 'finished', lastAt: '2026-12-03T10:00:00.000Z', ended: true }),
      summary({ sessionId: 'other', scenarioId: 'discussion', lastAt: '2026-12-04T10:00:00.000Z' }),
    ];
    expect(latestUnfinished(list, 'two-doors')?.sessionId).toBe('recent');
    expect(latestUnfinished(list, 'nowhere')).toBeNull();
    expect(newestFirst(list).map((s) => s.sessionId)).toEqual(['other', 'finished', 'recent', 'old']);
  });
});
