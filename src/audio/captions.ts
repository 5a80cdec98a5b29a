import { ambienceFor, type AmbienceId, type EffectId, type MusicId } from './audio-manifest';
import { ownEntry } from '../core/own-entry';

/**
 * Every sound has a caption, shown in the transcript whether or not sound is on. Authors may use
 * ids not listed here; they get a plain caption built from the id rather than silence (and the
 * story lint test fails, so a shipped scenario never does).
 */
export const EFFECT_CAPTIONS: Record<EffectId, string> = {
  'phone-ring': 'A phone rings.',
  'door-knock': 'Someone knocks at the door.',
  'door-close': 'A door closes.',
  'chair-scrape': 'A chair scrapes back.',
  notification: 'A message notification chimes.',
  // The interface's own sounds answer the learner's action, so they are not written into the
  // transcript; the captions say what they are for anyone reading the settings or the code.
  hover: 'A soft tick as the pointer moves onto a choice.',
  choose: 'A soft click as a choice is made.',
  continue: 'A soft rising tone as you move on.',
  feedback: 'A gentle chime as feedback appears.',
};

export const AMBIENCE_CAPTIONS: Record<AmbienceId, string> = {
  'room-tone': 'The quiet hum of the room.',
  'office-murmur': 'Voices murmur in an open-plan office.',
  'phone-line': 'The faint hiss of a phone line.',
  'home-clock': 'A clock ticks in a quiet room.',
};

export const MUSIC_CAPTIONS: Record<MusicId, string> = {
  calm: 'Calm music plays.',
  tense: 'Tense, quiet music plays.',
};

function fromId(id: string): string {
  const words = id.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A `#sound:` cue: an effect, or an ambience an author asks for by name. */
export function soundCaption(id: string): string {
  return ownEntry<string>(EFFECT_CAPTIONS, id) ?? ownEntry<string>(AMBIENCE_CAPTIONS, id) ?? `Sound: ${fromId(id)}.`;
}

export function musicCaption(track: string | null): string {
  if (track === null) return 'The music stops.';
  return ownEntry<string>(MUSIC_CAPTIONS, track) ?? `Music: ${fromId(track)}.`;
}

/** The ambient sound that comes with a `#background:` place. */
export function placeSoundCaption(place: string): string {
  return AMBIENCE_CAPTIONS[ambienceFor(place)];
}
