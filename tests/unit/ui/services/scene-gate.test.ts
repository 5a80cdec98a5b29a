import { describe, expect, it } from 'vitest';
import { SceneGate } from '../../../../src/ui/services/scene-gate';

/** A gate whose scheduled tasks run only when the test says the page has painted. */
function setUp() {
  const tasks: (() => void)[] = [];
  const drawn: string[] = [];
  const gate = new SceneGate<string>(
    (task) => {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task) >>> 0, 1);
    },
    (state) => drawn.push(state),
  );
  const paint = () => tasks.splice(0).forEach((task) => task());
  return { gate, drawn, paint, tasks };
}

describe('SceneGate', () => {
  it('draws nothing in the caller’s turn, only after the next paint', () => {
    const { gate, drawn, paint } = setUp();
    gate.opened();
    gate.offer('meeting room');
    expect(drawn).toEqual([]);
    paint();
    expect(drawn).toEqual(['meeting room']);
  });

  it('keeps states offered before the scenery loads, and draws the newest once it has', () => {
    const { gate, drawn, paint } = setUp();
    gate.offer('corridor');
    gate.offer('meeting room');
    paint();
    expect(drawn).toEqual([]);
    gate.opened();
    paint();
    expect(drawn).toEqual(['meeting room']);
  });

  it('draws states offered together once, for the newest', () => {
    const { gate, drawn, paint, tasks } = setUp();
    gate.opened();
    gate.offer('a');
    gate.offer('b');
    expect(tasks).toHaveLength(1);
    paint();
    expect(drawn).toEqual(['b']);
  });

  it('while held, draws nothing, not even a state scheduled before the hold', () => {
    const { gate, drawn, paint } = setUp();
    gate.opened();
    gate.offer('before the click');
    gate.hold();
    gate.offer('scrolled to');
    paint();
    expect(drawn).toEqual([]);
    gate.release();
    expect(drawn).toEqual([]);
    paint();
    expect(drawn).toEqual(['scrolled to']);
  });

  it('has nothing to draw after a release when no state came', () => {
    const { gate, drawn, paint, tasks } = setUp();
    gate.opened();
    gate.hold();
    gate.release();
    expect(tasks).toHaveLength(0);
    paint();
    expect(drawn).toEqual([]);
  });

  it('draws nothing more once closed', () => {
    const { gate, drawn, paint } = setUp();
    gate.opened();
    gate.offer('a');
    gate.close();
    paint();
    gate.offer('b');
    paint();
    expect(drawn).toEqual([]);
  });
});
