import { z } from '../core/zod';
import { CHANNELS, type Channel } from './audio-manifest';

/**
 * Mute and the volume of each channel, kept on this device. Read through a schema: a bad or old
 * stored value falls back to the default for that field alone, never breaking the game.
 * Pure TS (storage is passed in), so the settings control and the player share one source.
 */
interface SoundPreferences {
  muted: boolean;
  /** 0 (off) to 1 (full) per channel. */
  volumes: Record<Channel, number>;
}

const KEY = 'common-ground.sound.v1';

export const DEFAULT_SOUND: SoundPreferences = {
  muted: false,
  volumes: { music: 0.5, ambience: 0.6, effects: 0.8, interface: 0.5 },
};

const volume = (channel: Channel) => z.catch(z.number().check(z.minimum(0), z.maximum(1)), DEFAULT_SOUND.volumes[channel]);
const storedSchema = z.object({
  muted: z.catch(z.boolean(), DEFAULT_SOUND.muted),
  volumes: z.catch(
    z.object({ music: volume('music'), ambience: volume('ambience'), effects: volume('effects'), interface: volume('interface') }),
    DEFAULT_SOUND.volumes,
  ),
});

export function parseSoundPreferences(raw: string | null): SoundPreferences {
  if (raw === null) return structuredClone(DEFAULT_SOUND);
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : structuredClone(DEFAULT_SOUND);
  } catch {
    return structuredClone(DEFAULT_SOUND);
  }
}

type Listener = (preferences: SoundPreferences) => void;
type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The current sound settings, saved on every change; listeners hear each change. */
export class SoundSettings {
  private current: SoundPreferences;
  private readonly listeners = new Set<Listener>();

  constructor(private readonly storage: PreferenceStorage | null) {
    let raw: string | null = null;
    try {
      raw = storage?.getItem(KEY) ?? null;
    } catch {
      // Storage blocked: defaults for this visit.
    }
    this.current = parseSoundPreferences(raw);
  }

  get(): SoundPreferences {
    return structuredClone(this.current);
  }

  /** The volume a channel plays at now: 0 when muted. */
  effectiveVolume(channel: Channel): number {
    return this.current.muted ? 0 : this.current.volumes[channel];
  }

  setMuted(muted: boolean): void {
    this.update({ ...this.current, muted });
  }

  setVolume(channel: Channel, value: number): void {
    const clamped = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
    this.update({ ...this.current, volumes: { ...this.current.volumes, [channel]: clamped } });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private update(next: SoundPreferences): void {
    this.current = next;
    try {
      this.storage?.setItem(KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked: the setting still applies for this visit.
    }
    for (const listener of this.listeners) listener(this.get());
  }
}

export const CHANNEL_LABELS: Record<Channel, string> = {
  music: 'Music',
  ambience: 'Background sound',
  effects: 'Sound effects',
  interface: 'Button sounds',
};

export { CHANNELS };
