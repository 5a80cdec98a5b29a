import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../src/scoring/debrief';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';

describe('buildDebrief', () => {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'd1', seed: 1, mode: 'practice' });
  session.choose(0);
  session.choose(1);
  const debrief = buildDebrief(session.log.events);

  it('totals each axis from the choices in the log', () => {
    expect(debrief.totals).toEqual(session.scores);
    expect(debrief.totals).toEqual({ compliance: 2, communication: 0, challenge: 0 });
  });

  it('lists every choice with its reason, what led to it and the roads not taken', () => {
    expect(debrief.decisions.map((d) => d.chosen.text)).toEqual(["Check the caller's identity", 'End the call']);
    expect(debrief.decisions[1]!.context).toBe('The caller pauses.');
    expect(debrief.decisions[1]!.chosen.reason).toBe('Ending abruptly leaves the caller without help.');
    expect(debrief.decisions[1]!.alternatives.map((a) => a.text)).toEqual(['Ask what they need it for']);
  });

  it('keeps the whole situation before each decision, with who said each line', () => {
    expect(debrief.decisions[0]!.situation).toEqual([{ text: 'Welcome to the front desk.', speakerId: 'sam' }]);
    expect(debrief.decisions[1]!.situation).toEqual([
      { text: 'You ask two security questions.', speakerId: null },
      { text: 'The caller pauses.', speakerId: 'sam' },
    ]);
  });

  it('knows how the story ended', () => {
    expect(debrief).toMatchObject({ ended: true, ending: 'done', scenarioId: 'two-doors' });
  });
});

describe('buildDebrief after stepping back', () => {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'd2', seed: 1, mode: 'practice' });
  session.choose(1);
  session.undo();
  session.choose(0);
  session.choose(1);
  const debrief = buildDebrief(session.log.events);

  it('scores only the choices still in effect', () => {
    expect(debrief.totals).toEqual({ compliance: 2, communication: 0, challenge: 0 });
    expect(debrief.decisions.map((d) => d.chosen.text)).toEqual(["Check the caller's identity", 'End the call']);
  });

  it('lists the undone choice separately, and keeps each decision in its own context', () => {
    expect(debrief.undone.map((c) => c.text)).toEqual(['Read out the address']);
    expect(debrief.decisions[0]!.context).toBe('Welcome to the front desk.');
    expect(debrief.decisions[0]!.alternatives.map((a) => a.text)).toEqual(['Read out the address']);
  });
});
