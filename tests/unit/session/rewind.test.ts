import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/scoring/debrief';
import { pathHistory } from '../../../src/scoring/effective-path';
import { PlaySession } from '../../../src/session/play-session';
import { replaySession } from '../../../src/session/replay';
import { compileFixture } from '../../fixtures/compile-fixture';

function session() {
  return PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'w1', seed: 2, mode: 'trainer' });
}

describe('going back to an earlier decision', () => {
  it('offers that decision again and drops the later choices from the totals', () => {
    const s = session();
    s.choose(1); // read out the address: comp -2
    s.choose(1); // end the call: comm -1
    expect(s.ended).toBe(true);
    s.rewind(0, 'trainer-rewind');
    expect(s.ended).toBe(false);
    expect(s.decisionsMade).toBe(0);
    expect(s.scores).toEqual({ compliance: 0, communication: 0, challenge: 0 });
    expect(s.current.choices.map((c) => c.text).sort()).toEqual(["Check the caller's identity", 'Read out the address']);
    s.choose(0);
    s.choose(0);
    expect(s.scores).toEqual({ compliance: 2, communication: 2, challenge: 1 });
    expect(s.current.passages.map((p) => p.text)).toContain('Sam nods approvingly.');
  });

  it('keeps the abandoned branch in the log and the debrief', () => {
    const s = session();
    s.choose(1);
    s.choose(0);
    s.rewind(1, 'undo');
    s.choose(1);
    const events = s.log.events;
    expect(events.filter((e) => e.type === 'choice-made')).toHaveLength(3);
    expect(pathHistory(events).current.map((c) => c.text)).toEqual(['Read out the address', 'End the call']);
    const debrief = buildDebrief(events);
    expect(debrief.decisions.map((d) => d.chosen.text)).toEqual(['Read out the address', 'End the call']);
    expect(debrief.explored).toEqual([{ fromDecision: 1, decisions: [expect.objectContaining({ chosen: expect.objectContaining({ text: 'Ask what they need it for' }) })] }]);
    expect(debrief.totals).toEqual(s.scores);
  });

  it('gives a decision offered again after a rewind the lines that led to it', () => {
    const s = session();
    s.choose(0);
    s.choose(0);
    s.rewind(1, 'trainer-rewind');
    s.choose(1);
    expect(buildDebrief(s.log.events).decisions.map((d) => d.context)).toEqual(['Welcome to the front desk.', 'The caller pauses.']);
  });

  it('offers the decision again with what leads up to it: its lines, its discussion prompts and its #ask', () => {
    const s = PlaySession.start({ scenario: compileFixture('ask-first'), sessionId: 'w2', seed: 2, mode: 'trainer' });
    const before = s.current;
    s.choose(before.choices[0]!.index);
    const shown = () => s.log.events.filter((e) => e.type === 'passage-shown').length;
    const shownBeforeRewind = shown();
    s.rewind(0, 'trainer-rewind');
    expect(s.current.passages.map((p) => p.text)).toEqual(before.passages.map((p) => p.text));
    expect(s.current.ask).toBe('What words would you use to challenge the chair?');
    const room = PlaySession.start({ scenario: compileFixture('discussion'), sessionId: 'w3', seed: 2, mode: 'trainer' });
    room.choose(room.current.choices[0]!.index);
    room.rewind(0, 'trainer-rewind');
    expect(room.current.prompts).toEqual(['Who in the room holds the most useful information?']);
    // Shown before, so not written to the log again.
    expect(shown()).toBe(shownBeforeRewind);
  });

  it('refuses to go back to a decision not yet made', () => {
    const s = session();
    s.choose(0);
    expect(() => s.rewind(1, 'undo')).toThrow(RangeError);
    expect(s.log.events.some((e) => e.type === 'rewound')).toBe(false);
  });

  it('replays a record with rewinds to the same result', () => {
    const s = session();
    s.choose(0);
    s.choose(1);
    s.rewind(0, 'trainer-rewind');
    s.choose(1);
    const result = replaySession(compileFixture('two-doors'), JSON.parse(JSON.stringify(s.log.events)));
    expect(result.ok && result.totals).toEqual(s.scores);
  });
});
