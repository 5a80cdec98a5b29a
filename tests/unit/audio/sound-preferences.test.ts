import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SOUND, parseSoundPreferences, SoundSettings } from '../../../src/audio/sound-preferences';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('sound preferences', () => {
  it('starts from the defaults when nothing is stored or the stored value is not JSON', () => {
    expect(parseSoundPreferences(null)).toEqual(DEFAULT_SOUND);
    expect(parseSoundPreferences('{not json')).toEqual(DEFAULT_SOUND);
  });

  it('keeps the good fields of a damaged value and defaults the rest', () => {
    const parsed = parseSoundPreferences(JSON.stringify({ muted: 'yes', volumes: { music: 0.2, ambience: 7, effects: 'loud', interface: 0 } }));
    expect(parsed).toEqual({ muted: false, volumes: { music: 0.2, ambience: DEFAULT_SOUND.volumes.ambience, effects: DEFAULT_SOUND.volumes.effects, interface: 0 } });
  });

  it('saves every change, tells listeners and reads it back on the next visit', () => {
    const storage = memoryStorage();
    const settings = new SoundSettings(storage);
    const heard = vi.fn();
    settings.subscribe(heard);
    settings.setVolume('music', 0.25);
    settings.setMuted(true);
    expect(heard).toHaveBeenCalledTimes(2);
    const again = new SoundSettings(storage);
    expect(again.get()).toEqual({ muted: true, volumes: { ...DEFAULT_SOUND.volumes, music: 0.25 } });
  });

  it('plays every channel at zero while muted, and clamps volumes to 0–1', () => {
    const settings = new SoundSettings(memoryStorage());
    settings.setVolume('effects', 4);
    expect(settings.effectiveVolume('effects')).toBe(1);
    settings.setVolume('effects', Number.NaN);
    expect(settings.effectiveVolume('effects')).toBe(0);
    settings.setVolume('music', 0.5);
    settings.setMuted(true);
    expect(settings.effectiveVolume('music')).toBe(0);
  });

  it('still works when storage is blocked', () => {
    const blocked = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } };
    const settings = new SoundSettings(blocked);
    settings.setMuted(true);
    expect(settings.get().muted).toBe(true);
  });
});
