import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/scoring/debrief';
import { replaySession } from '../../../src/session/replay';
import { parseSessionLog } from '../../../src/session/session-log';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { compileFixture } from '../../fixtures/compile-fixture';

const scenario = compileFixture('two-doors');
const start = () => TrainerSession.start({ scenario, sessionId: 'room-1', seed: 3 });
const ofType = <T extends string>(s: TrainerSession, type: T) => s.log.events.filter((e) => e.type === type);

describe('a trainer session', () => {
  it('starts the story in trainer mode', () => {
    expect(start().log.started.mode).toBe('trainer');
  });

  it("records the room's hands for every option on offer, in display order", () => {
    const s = start();
    const shown = s.play.current.choices.map((c) => c.index);
    const votes = s.recordVotes([{ index: 1, hands: 7 }]);
    expect(votes).toMatchObject({ type: 'votes-recorded', decision: 0, source: 'trainer-tally' });
    expect(votes.counts.map((c) => c.index)).toEqual(shown);
    expect(votes.counts.find((c) => c.index === 1)!.hands).toBe(7);
  });

  it('lets a recount replace the first count, and forgets it once the decision is taken', () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 2 }, { index: 1, hands: 5 }]);
    s.recordVotes([{ index: 0, hands: 6 }, { index: 1, hands: 5 }]);
    expect(s.majority()).toEqual([0]);
    s.take(0);
    expect(s.currentVotes()).toBeNull();
  });

  it("adds the phones' votes to the hands: each source's latest count stands", () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 4 }, { index: 1, hands: 1 }]);
    s.recordVotes([{ index: 0, hands: 0 }, { index: 1, hands: 2 }], 'remote');
    s.recordVotes([{ index: 0, hands: 0 }, { index: 1, hands: 5 }], 'remote');
    expect(s.currentVotes()?.source).toBe('remote');
    expect(s.majority()).toEqual([1]);
    expect(s.take(1).room.basis).toBe('majority');
  });

  it("takes the majority's option as the room's choice", () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 9 }, { index: 1, hands: 3 }]);
    const { room, made } = s.take(0);
    expect(room).toMatchObject({ decision: 0, majority: [0], taken: 0, basis: 'majority', by: 'trainer', note: null });
    expect(made.index).toBe(0);
    expect(room.seq).toBe(made.seq - 1);
  });

  it('records taking another option as an override, with the trainer’s reason', () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 9 }, { index: 1, hands: 3 }]);
    const { room } = s.take(1, "  Let's see what happens if we read it out ");
    expect(room).toMatchObject({ majority: [0], taken: 1, basis: 'override', note: "Let's see what happens if we read it out" });
  });

  it('records a tie settled by the trainer, and a choice made with no votes', () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 4 }, { index: 1, hands: 4 }]);
    expect(s.take(1).room).toMatchObject({ basis: 'tie-break', majority: [0, 1] });
    expect(s.take(0).room).toMatchObject({ decision: 1, basis: 'no-votes', majority: [] });
  });

  it('goes back to an earlier decision and keeps both branches in the record', () => {
    const s = start();
    s.take(0);
    s.take(1);
    expect(s.play.ended).toBe(true);
    s.backTo(1);
    expect(s.decision).toBe(1);
    s.recordVotes([{ index: 0, hands: 1 }]);
    s.take(0);
    expect(ofType(s, 'rewound')).toEqual([expect.objectContaining({ toDecision: 1, reason: 'trainer-rewind' })]);
    const debrief = buildDebrief(s.log.events);
    expect(debrief.decisions).toHaveLength(2);
    expect(debrief.explored).toHaveLength(1);
  });

  it('refuses votes for options not on offer and a choice not on offer, writing nothing', () => {
    const s = start();
    const before = s.log.events.length;
    expect(() => s.recordVotes([{ index: 4, hands: 1 }])).toThrow(RangeError);
    expect(() => s.take(4)).toThrow(RangeError);
    expect(s.log.events).toHaveLength(before);
  });

  it('pauses and resumes once each, however often the key is pressed', () => {
    const s = start();
    s.pause();
    s.pause();
    expect(s.isPaused).toBe(true);
    s.resume();
    s.resume();
    expect(ofType(s, 'session-paused')).toEqual([expect.objectContaining({ reason: 'trainer-pause' })]);
    expect(ofType(s, 'session-resumed')).toHaveLength(1);
  });

  it('writes a log that reads back through the schema and replays to the same totals', () => {
    const s = start();
    s.recordVotes([{ index: 0, hands: 3 }, { index: 1, hands: 8 }]);
    s.take(0, 'Try the careful road');
    s.pause();
    s.resume();
    s.recordVotes([{ index: 0, hands: 2 }, { index: 1, hands: 2 }]);
    s.take(1);
    s.backTo(0);
    s.take(1);
    s.take(0);
    const saved = JSON.parse(JSON.stringify(s.log.toJSON()));
    const reread = parseSessionLog(saved);
    expect(reread.events).toHaveLength(s.log.events.length);
    const replayed = replaySession(scenario, reread.events);
    expect(replayed).toMatchObject({ ok: true, totals: s.play.scores });
  });
});
