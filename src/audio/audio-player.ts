import { Howl, Howler } from 'howler';
import {
  AUDIO_FILES,
  EFFECT_CHANNELS,
  EFFECT_SPRITE,
  type AmbienceId,
  type AudioFile,
  type EffectId,
  type MusicId,
} from './audio-manifest';
import type { SoundSettings } from './sound-preferences';

/**
 * The one module that talks to howler. It plays story effects and interface sounds from one sprite,
 * keeps one ambience loop and one music loop going with gentle cross-fades, and follows the
 * learner's mute and channel volumes as they change. Create it only after a user gesture: the
 * sound port (src/ui/sound-port.ts) does, so nothing is heard before the learner has acted.
 */
const urls = import.meta.glob('../../assets/audio/*.{webm,mp3}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** WebM (Opus) first; howler falls back to MP3 where WebM cannot play (older Safari). */
function sources(file: AudioFile): string[] {
  return ['webm', 'mp3'].map((ext) => urls[`../../assets/audio/${file}.${ext}`]).filter((url): url is string => Boolean(url));
}

const FADE_IN_MS = 1800;
const FADE_OUT_MS = 1200;
/** The feedback chime waits for the choice click to finish, so the two never blur together. */
const AFTER_CLICK_MS = 180;

type LoopChannel = 'ambience' | 'music';
interface Loop {
  file: AudioFile;
  soundId: number | null;
}

type LoadState = 'loading' | 'loaded' | 'failed';

/** What a test (or a curious developer) can read about the sound; see `window.__commonGroundAudio`. */
export interface AudioState {
  context: string;
  muted: boolean;
  files: Partial<Record<AudioFile, LoadState>>;
  ambience: AudioFile | null;
  music: AudioFile | null;
  errors: string[];
}

export class AudioPlayer {
  private readonly howls = new Map<AudioFile, Howl>();
  private readonly loadStates = new Map<AudioFile, LoadState>();
  private readonly errors: string[] = [];
  private readonly loops: Record<LoopChannel, Loop | null> = { ambience: null, music: null };
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly unsubscribe: () => void;

  constructor(private readonly settings: SoundSettings) {
    Howler.mute(settings.get().muted);
    this.unsubscribe = settings.subscribe(() => this.applySettings());
    // The sprite is small and wanted at once: the first choice should already click.
    this.howl('sfx');
  }

  /** Plays a short sound now, or not at all: a sound that is not ready is never played late. */
  effect(id: EffectId, delayMs = 0): void {
    if (delayMs > 0) {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.effect(id);
      }, delayMs);
      this.timers.add(timer);
      return;
    }
    const volume = this.settings.effectiveVolume(EFFECT_CHANNELS[id]);
    const howl = this.howl('sfx');
    if (volume === 0 || howl.state() !== 'loaded') return;
    const soundId = howl.play(id);
    howl.volume(volume, soundId);
  }

  /** The chime for feedback, after the click of the choice that caused it. */
  feedback(): void {
    this.effect('feedback', AFTER_CLICK_MS);
  }

  setAmbience(id: AmbienceId | null): void {
    this.switchLoop('ambience', id);
  }

  setMusic(id: MusicId | null): void {
    this.switchLoop('music', id);
  }

  /** Loads every sound file (for the browser test that checks they all decode). */
  preloadAll(): void {
    for (const file of AUDIO_FILES) this.howl(file);
  }

  state(): AudioState {
    return {
      context: Howler.ctx?.state ?? 'none',
      muted: this.settings.get().muted,
      files: Object.fromEntries(this.loadStates),
      ambience: this.loops.ambience?.file ?? null,
      music: this.loops.music?.file ?? null,
      errors: [...this.errors],
    };
  }

  destroy(): void {
    this.unsubscribe();
    for (const timer of this.timers) clearTimeout(timer);
    for (const howl of this.howls.values()) howl.unload();
    this.howls.clear();
  }

  private switchLoop(channel: LoopChannel, file: AudioFile | null): void {
    const current = this.loops[channel];
    if ((current?.file ?? null) === file) return;
    if (current) this.fadeOut(current);
    this.loops[channel] = file ? { file, soundId: null } : null;
    this.startLoop(channel);
  }

  // A loop whose channel is silent is not started at all; it starts when its volume comes up.
  private startLoop(channel: LoopChannel): void {
    const loop = this.loops[channel];
    const volume = this.settings.effectiveVolume(channel);
    if (!loop || loop.soundId !== null || volume === 0) return;
    const howl = this.howl(loop.file);
    const soundId = howl.play();
    howl.volume(0, soundId);
    howl.fade(0, volume, FADE_IN_MS, soundId);
    loop.soundId = soundId;
  }

  private fadeOut(loop: Loop): void {
    const howl = this.howls.get(loop.file);
    const soundId = loop.soundId;
    if (!howl || soundId === null) return;
    loop.soundId = null;
    if (howl.state() !== 'loaded' || !howl.playing(soundId)) {
      howl.stop(soundId);
      return;
    }
    howl.once('fade', () => howl.stop(soundId), soundId);
    howl.fade(howl.volume(soundId) as number, 0, FADE_OUT_MS, soundId);
  }

  private applySettings(): void {
    Howler.mute(this.settings.get().muted);
    for (const channel of ['ambience', 'music'] as const) {
      const loop = this.loops[channel];
      if (!loop) continue;
      const volume = this.settings.effectiveVolume(channel);
      if (loop.soundId === null) this.startLoop(channel);
      else this.howls.get(loop.file)?.volume(volume, loop.soundId);
    }
  }

  private howl(file: AudioFile): Howl {
    const existing = this.howls.get(file);
    if (existing) return existing;
    this.loadStates.set(file, 'loading');
    const howl = new Howl({
      src: sources(file),
      ...(file === 'sfx' ? { sprite: EFFECT_SPRITE } : { loop: true }),
      preload: true,
      onload: () => this.loadStates.set(file, 'loaded'),
      onloaderror: (_id, error) => {
        this.loadStates.set(file, 'failed');
        this.errors.push(`${file} did not load: ${String(error)}`);
      },
      onplayerror: (_id, error) => this.errors.push(`${file} did not play: ${String(error)}`),
    });
    this.howls.set(file, howl);
    return howl;
  }
}
