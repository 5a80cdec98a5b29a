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

/** What the picture shows: the place, everyone drawn in it (with a name card) and who is speaking. */
export interface SceneView {
  place: string | null;
  present: readonly CastMember[];
  speaker: CastMember | null;
  mood: Mood | null;
}

/**
 * Who the scenery draws after a line: everyone who has spoken since the scene moved to this place
 * (game/place-scene.ts keeps the same rule), so a new place starts empty and fills as people speak.
 */
export function presentAfter(present: readonly CastMember[], placeBefore: string | null, place: string | null, speaker: CastMember | null): CastMember[] {
  const people = place === placeBefore ? [...present] : [];
  if (speaker && !people.some((p) => p.id === speaker.id)) people.push(speaker);
  return people;
}

/** The words that stand in for the picture, for screen readers and when the scenery has not loaded. */
export function describeScene(view: SceneView): string {
  const where = view.place ? `The scene: ${placeName(view.place)}.` : 'The scene is not set yet.';
  const others = view.present.filter((p) => p.id !== view.speaker?.id);
  const withThem = others.length ? ` Also in the picture: ${listOf(others.map((p) => `${p.name}, ${p.role}`))}.` : '';
  if (!view.speaker) return others.length ? `${where} In the picture: ${listOf(others.map((p) => `${p.name}, ${p.role}`))}.` : where;
  return `${where} ${view.speaker.name}, ${view.speaker.role}, is speaking, looking ${expressionWord(view.mood)}.${withThem}`;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join('; ')} and ${items[items.length - 1]}`;
}
