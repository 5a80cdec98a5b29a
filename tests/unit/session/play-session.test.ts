import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';

function fakeClock(stepMs = 1500) {
  let t = Date.parse('2026-11-24T10:00:00Z');
  return () => new Date((t += stepMs));
}

function start(name = 'two-doors') {
  return PlaySession.start({ scenario: compileFixture(name), sessionId: 's1', seed: 7, mode: 'practice', clock: fakeClock() });
}

describe('PlaySession', () => {
  it('opens the log with the scenario id, its hash and the seed', () => {
    const session = start();
    const scenario = compileFixture('two-doors');
    expect(session.log.started).toMatchObject({ scenarioId: 'two-doors', scenarioHash: scenario.hash, seed: 7, mode: 'practice' });
    expect(session.log.events.map((e) => e.type)).toEqual(['session-started', 'passage-shown', 'choices-offered']);
  });

  it('records the choice with its score delta and the time taken, then what follows', () => {
    const session = start();
    const made = session.choose(1);
    expect(made).toMatchObject({ type: 'choice-made', index: 1, text: 'Read out the address', elapsedMs: 1500 });
    expect(made.scores).toEqual({ compliance: -2, communication: 0, challenge: 0 });
    expect(session.scores).toEqual({ compliance: -2, communication: 0, challenge: 0 });
    expect(session.log.events.slice(-3).map((e) => e.type)).toEqual(['passage-shown', 'passage-shown', 'choices-offered']);
  });

  it('ends with the totals and the named ending', () => {
    const session = start();
    session.choose(0);
    session.choose(0);
    expect(session.ended).toBe(true);
    expect(session.log.events.at(-1)).toMatchObject({
      type: 'session-ended',
      ending: 'done',
      totals: { compliance: 2, communication: 2, challenge: 1 },
    });
  });

  it('numbers events in order and never lets one be changed', () => {
    const session = start();
    session.choose(0);
    const events = session.log.events;
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i));
    expect(() => {
      (events[0] as { seed: number }).seed = 99;
    }).toThrow(TypeError);
  });

  it('refuses a choice that is not offered and leaves the log alone', () => {
    const session = start();
    const before = session.log.events.length;
    expect(() => session.choose(9)).toThrow(RangeError);
    expect(session.log.events.length).toBe(before);
  });

  it('offers an #ask question with the decision and records the answer before the choice', () => {
    const session = start('ask-first');
    const offered = session.log.events.at(-1)!;
    expect(offered).toMatchObject({ type: 'choices-offered', ask: 'What words would you use to challenge the chair?', guide: { lookFor: ['Says plainly that they disagree', 'Asks for the disagreement to be minuted'] } });
    expect(session.readyToChoose).toBe(false);
    const answer = session.answer('  Chair, I disagree, and I would like that minuted.  ');
    expect(answer).toMatchObject({ type: 'answer-given', offeredSeq: offered.seq, text: 'Chair, I disagree, and I would like that minuted.', guide: (offered as { guide?: unknown }).guide });
    expect(session.readyToChoose).toBe(true);
    expect(() => session.answer('again')).toThrow(/already been answered/);
    session.choose(0);
    expect(session.readyToChoose).toBe(true);
    expect(() => session.answer('no question now')).toThrow(/asks no question/);
  });

  it('will not record an empty answer', () => {
    const session = start('ask-first');
    expect(() => session.answer('   ')).toThrow(/needs some words/);
    expect(session.log.events.some((e) => e.type === 'answer-given')).toBe(false);
  });
});

describe('PlaySession stepping back', () => {
  it('returns to the same decision with the same choices and the scores from before', () => {
    const session = start();
    const before = session.current;
    session.choose(1);
    session.undo();
    expect(session.current.choices).toEqual(before.choices);
    expect(session.scores).toEqual({ compliance: 0, communication: 0, challenge: 0 });
  });

  it('carries on as if the undone choice had never been made', () => {
    const session = start();
    session.choose(1);
    session.undo();
    session.choose(0);
    session.choose(0);
    expect(session.log.events.at(-1)).toMatchObject({ type: 'session-ended', totals: { compliance: 2, communication: 2, challenge: 1 } });
    expect(session.log.events.some((e) => e.type === 'passage-shown' && e.text === 'Sam nods approvingly.')).toBe(true);
  });

  it('is offered only in practice, and only once a choice has been made', () => {
    const practice = start();
    expect(practice.canUndo()).toBe(false);
    practice.choose(0);
    expect(practice.canUndo()).toBe(true);
    const assessed = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 's2', seed: 7, mode: 'assessed' });
    assessed.choose(0);
    expect(assessed.canUndo()).toBe(false);
    expect(() => assessed.undo()).toThrow(/cannot step back in an assessed session/);
    expect(assessed.canUndo('trainer')).toBe(true);
  });

  it('is not offered once the scenario has ended', () => {
    const session = start();
    session.choose(0);
    session.choose(0);
    expect(session.canUndo()).toBe(false);
    expect(() => session.undo()).toThrow(RangeError);
  });
});
