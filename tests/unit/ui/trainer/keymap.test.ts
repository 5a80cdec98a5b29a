import { describe, expect, it } from 'vitest';
import { commandFor, KEY_HELP } from '../../../../src/ui/trainer/keymap';

const press = (key: string, modifiers: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  commandFor({ key, altKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe("the presenter's keys", () => {
  it.each(['PageDown', 'ArrowRight', ' ', 'Enter'])('moves on with %j, as a clicker sends', (key) => {
    expect(press(key)).toEqual({ kind: 'advance' });
  });

  it.each(['PageUp', 'ArrowLeft'])('goes back a step with %j', (key) => {
    expect(press(key)).toEqual({ kind: 'previous' });
  });

  it('picks options by number, 1 being the first on screen', () => {
    expect(press('1')).toEqual({ kind: 'select', position: 0 });
    expect(press('9')).toEqual({ kind: 'select', position: 8 });
    expect(press('0')).toBeNull();
  });

  it('reads letters in either case', () => {
    expect(press('O')).toEqual({ kind: 'override' });
    expect(press('t')).toEqual({ kind: 'timer' });
    expect(press('B')).toEqual({ kind: 'back' });
    expect(press('P')).toEqual({ kind: 'pause' });
  });

  it('counts hands up and down', () => {
    expect(['+', '=', 'ArrowUp'].map((k) => press(k))).toEqual(Array(3).fill({ kind: 'hands', delta: 1 }));
    expect(['-', '_', 'ArrowDown'].map((k) => press(k))).toEqual(Array(3).fill({ kind: 'hands', delta: -1 }));
  });

  it("leaves the browser's own shortcuts alone", () => {
    expect(press('p', { ctrlKey: true })).toBeNull();
    expect(press('r', { metaKey: true })).toBeNull();
    expect(press('ArrowLeft', { altKey: true })).toBeNull();
    expect(press('F5')).toBeNull();
  });

  it('documents every command it knows in the help', () => {
    const helped = KEY_HELP.map((k) => k.does).join(' ').toLowerCase();
    for (const word of ['next', 'back a line', 'pick', 'hand', 'override', 'timer', 'earlier decision', 'pause', 'keys', 'close']) {
      expect(helped).toContain(word);
    }
  });
});
