import { SCREEN_MUSIC, type AmbienceId, type EffectId, type MusicId } from '../../audio/audio-manifest';
import { afterPaint } from './after-paint';
import type { AudioPlayer, AudioState } from '../../audio/audio-player';
import { MUSIC_CAPTIONS } from '../../audio/captions';
import { SoundSettings } from '../../audio/sound-preferences';

declare global {
  interface Window {
    /** Read-only view of the sound, for the browser tests. */
    __commonGroundAudio?: { state(): AudioState; preloadAll(): void };
  }
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The learner's mute and volumes, shared by the settings control and the player. */
export const soundSettings = new SoundSettings(browserStorage());

/**
 * The DOM side of sound. Screens say what they want heard; the port remembers it and hands it to
 * the audio player once there is one. The player (and howler) is downloaded only after the
 * learner's first click, tap or key press, so nothing sounds before then and the text never waits.
 *
 * Music: a scenario's own `#music` while a scene is on screen; calm music everywhere else (title,
 * scenario list, debrief).
 */
class SoundPort {
  private player: AudioPlayer | null = null;
  private started = false;
  private scene: { ambience: AmbienceId | null; music: MusicId | null } | null = null;
  private readonly captionListeners = new Set<(caption: string | null) => void>();

  constructor() {
    soundSettings.subscribe(() => this.announce());
  }

  /**
   * The caption for music playing outside a scenario (inside one, captions go in the transcript).
   * The listener hears it now and on every change; null when nothing is playing.
   */
  onScreenCaption(listener: (caption: string | null) => void): () => void {
    this.captionListeners.add(listener);
    listener(this.screenCaption());
    return () => this.captionListeners.delete(listener);
  }

  /** Begins listening for the first gesture; the player loads after it. */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (navigator.userActivation?.hasBeenActive) {
      this.load();
      return;
    }
    const onGesture = () => {
      window.removeEventListener('pointerdown', onGesture, true);
      window.removeEventListener('keydown', onGesture, true);
      this.load();
    };
    window.addEventListener('pointerdown', onGesture, true);
    window.addEventListener('keydown', onGesture, true);
  }

  /** A short sound, now or never. */
  effect(id: EffectId): void {
    this.player?.effect(id);
  }

  feedback(): void {
    this.player?.feedback();
  }

  enterScene(): void {
    this.scene = { ambience: null, music: null };
    this.apply();
  }

  leaveScene(): void {
    this.scene = null;
    this.apply();
  }

  sceneAmbience(id: AmbienceId | null): void {
    if (!this.scene) return;
    this.scene.ambience = id;
    this.apply();
  }

  sceneMusic(id: MusicId | null): void {
    if (!this.scene) return;
    this.scene.music = id;
    this.apply();
  }

  private apply(): void {
    this.player?.setAmbience(this.scene ? this.scene.ambience : null);
    this.player?.setMusic(this.scene ? this.scene.music : SCREEN_MUSIC);
    this.announce();
  }

  private screenCaption(): string | null {
    const audible = this.player !== null && soundSettings.effectiveVolume('music') > 0;
    return audible && !this.scene ? MUSIC_CAPTIONS[SCREEN_MUSIC] : null;
  }

  private announce(): void {
    const caption = this.screenCaption();
    for (const listener of this.captionListeners) listener(caption);
  }

  // Never on the way to text: the gesture that allows sound (say, "Start the scenario") also brings
  // the first passage, so the player's code and its audio context wait for the page to paint and
  // go quiet, once to fetch and once to start.
  private load(): void {
    afterPaint(() => void this.fetchPlayer());
  }

  private fetchPlayer(): Promise<void> {
    return import('../../audio/audio-player')
      .then(({ AudioPlayer }) => new Promise<typeof AudioPlayer>((resolve) => afterPaint(() => resolve(AudioPlayer))))
      .then((AudioPlayer) => {
        const player = new AudioPlayer(soundSettings);
        this.player = player;
        window.__commonGroundAudio = { state: () => player.state(), preloadAll: () => player.preloadAll() };
        this.apply();
      })
      .catch((error: unknown) => {
        // No sound is better than a broken page: every sound has a caption anyway.
        console.warn('Sound could not be loaded', error);
      });
  }
}

export const sound = new SoundPort();
