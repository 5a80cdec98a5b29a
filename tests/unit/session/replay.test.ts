import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { replaySession } from '../../../src/session/replay';
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

  it('refuses a record made with another version of the scenario', () => {
    const events = recorded('two-doors', [0]);
    const changed = compileSource('two-doors', '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\nHi.\n-> END\n');
    expect(replaySession(changed, events)).toMatchObject({ ok: false, seq: 0, problem: expect.stringMatching(/changed/) });
  });
});
