import { describe, expect, it } from 'vitest';
import { defaultPreferences, loadPreferences, savePreferences } from '../../../../src/ui/services/preferences';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('preferences', () => {
  it('start with instant text, normal size and feedback after each choice', () => {
    expect(defaultPreferences()).toEqual({
      feedbackTiming: 'after-each-choice',
      textSize: 100,
      lineSpacing: 'normal',
      theme: 'default',
      font: 'system',
      motion: 'system',
      revealSpeed: 'instant',
      readAloud: false,
    });
  });

  it('round-trip through storage', () => {
    const storage = memoryStorage();
    const chosen = { ...defaultPreferences(), textSize: 200, theme: 'high-contrast' as const, font: 'opendyslexic' as const };
    savePreferences(chosen, storage);
    expect(loadPreferences(storage)).toEqual(chosen);
  });

  it('fall back field by field when a stored value is out of range or unreadable', () => {
    const storage = memoryStorage({ 'common-ground.preferences.v1': JSON.stringify({ textSize: 900, theme: 'neon', readAloud: true }) });
    expect(loadPreferences(storage)).toMatchObject({ textSize: 100, theme: 'default', readAloud: true });
    expect(loadPreferences(memoryStorage({ 'common-ground.preferences.v1': '{not json' }))).toEqual(defaultPreferences());
    expect(loadPreferences(memoryStorage({ 'common-ground.preferences.v1': '42' }))).toEqual(defaultPreferences());
  });
});
