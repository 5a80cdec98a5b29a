import { z } from '../core/zod';
import spriteJson from '../../assets/audio/sfx-sprite.json';
import type { PlaceId } from '../content/places';
import { ownEntry } from '../core/own-entry';

/**
 * Every sound the game can play, by id, and the channel whose volume it follows. The files are in
 * `assets/audio/` (made by `assets/tools/make-audio.sh`); short sounds share one audio sprite.
 * Pure data: no howler here, so Node tests can check it against the stories and the captions.
 */
export const CHANNELS = ['music', 'ambience', 'effects', 'interface'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Short sounds in the sprite: story effects (`#sound:`) and the interface's own sounds. */
export const EFFECT_CHANNELS = {
  'phone-ring': 'effects',
  'door-knock': 'effects',
  'door-close': 'effects',
  'chair-scrape': 'effects',
  notification: 'effects',
  hover: 'interface',
  choose: 'interface',
  continue: 'interface',
  feedback: 'interface',
} as const satisfies Record<string, Channel>;
export type EffectId = keyof typeof EFFECT_CHANNELS;
export const EFFECTS = Object.keys(EFFECT_CHANNELS) as EffectId[];

/** Loops under a place; one file each. */
export const AMBIENCES = ['room-tone', 'office-murmur', 'phone-line', 'home-clock'] as const;
export type AmbienceId = (typeof AMBIENCES)[number];

/** Music tracks (`#music:`); the title and the debrief play `calm`. */
export const MUSIC = ['calm', 'tense'] as const;
export type MusicId = (typeof MUSIC)[number];
export const SCREEN_MUSIC: MusicId = 'calm';

export const PLACE_AMBIENCE: Record<PlaceId, AmbienceId> = {
  'meeting-room': 'room-tone',
  'video-call': 'room-tone',
  'front-desk': 'office-murmur',
  'phone-call': 'phone-line',
  'home-visit': 'home-clock',
  'partner-office': 'office-murmur',
};

/** Where each sprite sound starts and how long it lasts, in ms; written by the sound script. */
const spriteSchema = z.record(z.string(), z.tuple([z.int().check(z.minimum(0)), z.int().check(z.positive())]));
export const EFFECT_SPRITE: Record<EffectId, [number, number]> = (() => {
  const sprite = spriteSchema.parse(spriteJson);
  const missing = EFFECTS.filter((id) => !sprite[id]);
  if (missing.length > 0) throw new Error(`the sound sprite has no ${missing.join(', ')}`);
  return sprite as Record<EffectId, [number, number]>;
})();

export function isEffectId(id: string): id is EffectId {
  return Object.hasOwn(EFFECT_CHANNELS, id);
}
export function isAmbienceId(id: string): id is AmbienceId {
  return (AMBIENCES as readonly string[]).includes(id);
}
export function isMusicId(id: string): id is MusicId {
  return (MUSIC as readonly string[]).includes(id);
}

/** Ambience for a `#background` place; an unknown place keeps a neutral room tone. */
export function ambienceFor(place: string): AmbienceId {
  return ownEntry<AmbienceId>(PLACE_AMBIENCE, place) ?? 'room-tone';
}

/** The files behind each sound, by base name in assets/audio (`<name>.webm` and `<name>.mp3`). */
export const AUDIO_FILES = ['sfx', ...AMBIENCES, ...MUSIC] as const;
export type AudioFile = (typeof AUDIO_FILES)[number];
