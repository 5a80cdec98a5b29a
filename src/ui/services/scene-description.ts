import type { CastMember, Mood } from '../../narrative/tags';
import { ownEntry } from '../../core/own-entry';

const PLACE_NAMES: Record<string, string> = {
  'meeting-room': 'a council meeting room',
  'video-call': 'a video call',
  'front-desk': 'a council front desk',
  'phone-call': 'a phone call',
  'home-visit': "someone's home",
  'partner-office': "a partner organisation's office",
};

/** How each expression the scenery draws is put into words. */
const EXPRESSION_WORDS: Record<Mood, string> = {
  neutral: 'calm',
  concerned: 'concerned',
  frustrated: 'frustrated',
  relieved: 'relieved',
};

export function placeName(place: string): string {
  return ownEntry(PLACE_NAMES, place) ?? place.replace(/-/g, ' ');
}

export function expressionWord(mood: Mood | null): string {
  return EXPRESSION_WORDS[mood ?? 'neutral'];
}

/**
 * What the picture shows: the place, everyone drawn in it (with a name card) and who is speaking.
 * `present` follows narrative/presence.ts; a speaker not in it is heard but not drawn.
 */
export interface SceneView {
  place: string | null;
  present: readonly CastMember[];
  speaker: CastMember | null;
  mood: Mood | null;
}

/** The words that stand in for the picture, for screen readers and when the scenery has not loaded. */
export function describeScene(view: SceneView): string {
  const where = view.place ? `The scene: ${placeName(view.place)}.` : 'The scene is not set yet.';
  const { speaker } = view;
  const others = view.present.filter((p) => p.id !== speaker?.id);
  if (!speaker) return others.length ? `${where} In the picture: ${named(others)}.` : where;
  if (others.length < view.present.length) {
    return `${where} ${named([speaker])}, is speaking, looking ${expressionWord(view.mood)}.${others.length ? ` Also in the picture: ${named(others)}.` : ''}`;
  }
  // Someone not in the room (a caller, say): heard, not drawn.
  const inRoom = others.length ? `In the picture: ${named(others)}.` : 'Nobody is in the picture.';
  return `${where} ${named([speaker])}, is heard, sounding ${expressionWord(view.mood)}, but is not in the room. ${inRoom}`;
}

function named(people: readonly CastMember[]): string {
  return listOf(people.map((p) => `${p.name}, ${p.role}`));
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}
