import { describe, expect, it } from 'vitest';
import { effectiveEvents, effectivePath, undoneChoices, UndoOrderError } from '../../../src/scoring/effective-path';
import { PlaySession } from '../../../src/session/play-session';
import { withoutTimes } from '../../../src/session/replay';
import type { SessionEvent } from '../../../src/session/session-events';
import { compileFixture } from '../../fixtures/compile-fixture';

function play(actions: (number | 'undo')[]): SessionEvent[] {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'e1', seed: 5, mode: 'practice' });
  for (const action of actions) {
    if (action === 'undo') session.undo();
    else session.choose(action);
  }
  return [...session.log.events];
}

const texts = (events: SessionEvent[]) => effectivePath(events).map((c) => c.text);

describe('effectivePath', () => {
  it('is every choice, in order, when nothing was undone', () => {
    expect(texts(play([0, 1]))).toEqual(["Check the caller's identity", 'End the call']);
  });

  it('leaves out a choice that was stepped back from and keeps the one made instead', () => {
    expect(texts(play([1, 'undo', 0]))).toEqual(["Check the caller's identity"]);
  });

  it('steps back one choice per undo, latest first', () => {
    const events = play([0, 'undo', 1, 'undo', 0]);
    expect(texts(events)).toEqual(["Check the caller's identity"]);
    expect(undoneChoices(events).map((c) => c.text)).toEqual(["Check the caller's identity", 'Read out the address']);
  });

  it('drops the undone stretch of the log, so what follows reads on from the decision', () => {
    const events = play([1, 'undo']);
    const kept = effectiveEvents(events);
    expect(kept.map((e) => e.type)).toEqual(['session-started', 'passage-shown', 'choices-offered']);
    expect(kept.map(withoutTimes)).toEqual(play([]).map(withoutTimes));
  });

  it('still holds the undone choice in the full log: undo never erases', () => {
    const events = play([1, 'undo']);
    expect(events.filter((e) => e.type === 'choice-made')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'choice-undone', undoneSeq: 3, by: 'learner' });
  });

  it('refuses a log whose undo names anything but the latest choice in effect', () => {
    const events = play([0, 'undo']);
    const edited = events.map((e) => (e.type === 'choice-undone' ? { ...e, undoneSeq: 1 } : e));
    expect(() => effectiveEvents(edited)).toThrow(UndoOrderError);
  });
});
