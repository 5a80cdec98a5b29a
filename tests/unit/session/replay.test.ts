import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { replaySession, resumeSession, withoutTimes } from '../../../src/session/replay';
import type { SessionEvent } from '../../../src/session/session-events';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

function recorded(name: string, choices: number[], seed = 11): SessionEvent[] {
  const session = PlaySession.start({ scenario: compileFixture(name), sessionId: 'r1', seed, mode: 'practice' });
  for (const choice of choices) session.choose(choice);
  return JSON.parse(JSON.stringify(session.log.events));
}

describe('replaySession', () => {
  it('reproduces the passages and scores of a recorded play-through', () => {
    const events = recorded('two-doors', [1, 0]);
    const result = replaySession(compileFixture('two-doors'), events);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.totals).toEqual({ compliance: -2, communication: 1, challenge: 1 });
      expect(result.session.ended).toBe(true);
    }
  });

  it('reproduces random text from the recorded seed', () => {
    const events = recorded('random-line', [0], 123456);
    expect(replaySession(compileFixture('random-line'), events).ok).toBe(true);
  });

  it('resumes a session stopped part-way at the same decision', () => {
    const events = recorded('two-doors', [0]);
    const result = replaySession(compileFixture('two-doors'), events);
    expect(result.ok && result.session.current.choices.map((c) => c.text).sort()).toEqual(['Ask what they need it for', 'End the call']);
  });

  it('ignores what people added to the record, such as a pause to step out', () => {
    const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'p1', seed: 4, mode: 'practice' });
    session.log.append({ type: 'session-paused', reason: 'step-out' });
    session.log.append({ type: 'session-resumed' });
    session.choose(0);
    const result = replaySession(compileFixture('two-doors'), JSON.parse(JSON.stringify(session.log.events)));
    expect(result.ok).toBe(true);
  });

  it('checks the #ask question as part of the story but leaves the answer to the people', () => {
    const session = PlaySession.start({ scenario: compileFixture('ask-first'), sessionId: 'a1', seed: 4, mode: 'assessed' });
    session.answer('I would say the test is met.');
    session.choose(0);
    const events: SessionEvent[] = JSON.parse(JSON.stringify(session.log.events));
    expect(replaySession(compileFixture('ask-first'), events).ok).toBe(true);
    const offered = events.findIndex((e) => e.type === 'choices-offered');
    const edited = events.map((e, i) => (i === offered ? { ...e, ask: 'Something the author never wrote?' } : e));
    expect(replaySession(compileFixture('ask-first'), edited)).toMatchObject({ ok: false, seq: offered });
  });

  it('names the event where an edited record stops matching', () => {
    const events = recorded('two-doors', [1, 0]);
    const edited = events.map((e) => (e.type === 'choice-made' && e.seq === 3 ? { ...e, scores: { ...e.scores, compliance: 2 } } : e));
    expect(replaySession(compileFixture('two-doors'), edited)).toMatchObject({ ok: false, seq: 3 });
  });

  it('says what kind of failure it is, so callers never read the words: an edit differs, an unfinished record stops early', () => {
    const events = recorded('two-doors', [1, 0]);
    const edited = events.map((e) => (e.type === 'choice-made' && e.seq === 3 ? { ...e, scores: { ...e.scores, compliance: 2 } } : e));
    expect(replaySession(compileFixture('two-doors'), edited)).toMatchObject({ ok: false, kind: 'differs' });
    const unfinished = events.slice(0, events.findIndex((e) => e.type === 'choices-offered'));
    expect(replaySession(compileFixture('two-doors'), unfinished)).toMatchObject({ ok: false, kind: 'stops-early' });
  });

  it('refuses a record made with another version of the scenario', () => {
    const events = recorded('two-doors', [0]);
    const changed = compileSource('two-doors', '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\nHi.\n-> END\n');
    expect(replaySession(changed, events)).toMatchObject({ ok: false, seq: 0, problem: expect.stringMatching(/changed/) });
  });
});

describe('replaySession with steps back', () => {
  it('reproduces a play-through that stepped back and chose again', () => {
    const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'u1', seed: 2, mode: 'practice' });
    session.choose(1);
    session.undo();
    session.choose(0);
    session.choose(1);
    const events: SessionEvent[] = JSON.parse(JSON.stringify(session.log.events));
    expect(replaySession(compileFixture('two-doors'), events)).toMatchObject({ ok: true, totals: { compliance: 2, communication: 0, challenge: 0 } });
  });

  it('refuses a learner step back written into an assessed session', () => {
    const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'u2', seed: 2, mode: 'assessed' });
    const made = session.choose(1);
    const events: SessionEvent[] = [...session.log.events, { seq: session.log.events.length, at: made.at, type: 'choice-undone', undoneSeq: made.seq, by: 'learner' }];
    expect(replaySession(compileFixture('two-doors'), events)).toMatchObject({ ok: false, problem: /not allowed/ });
  });
});

describe('resumeSession', () => {
  const scenario = compileFixture('two-doors');
  const full = recorded('two-doors', [0, 1]);

  it.each(full.map((_, i) => i + 1))('continues a record cut off after %i events in the same log, as if never stopped', (kept) => {
    const cut = full.slice(0, kept);
    const choices = cut.filter((e) => e.type === 'choice-made').length;
    const result = resumeSession(scenario, cut, () => new Date('2026-11-25T09:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { session } = result;
    for (const index of [0, 1].slice(choices)) session.choose(index);
    expect(session.log.events.slice(0, kept)).toEqual(cut);
    expect(session.log.events.map(withoutTimes)).toEqual(full.map(withoutTimes));
  });

  it('refuses a record whose recorded events do not match the story', () => {
    const cut = full.slice(0, 4).map((e) => (e.type === 'passage-shown' ? { ...e, text: 'edited' } : e));
    expect(resumeSession(scenario, cut)).toMatchObject({ ok: false, seq: 1 });
  });
});
