import type { CastMember, Mood } from '../narrative/tags';
import { ownEntry } from '../core/own-entry';

const PLACE_NAMES: Record<string, string> = {
  'meeting-room': 'a council meeting room',
  'video-call': 'a video call',
  'front-desk': 'a council front desk',
  'phone-call': 'a phone call',
  'home-visit': "someone's home",
  'partner-office': "a partner organisation's office",
};

export function placeName(place: string): string {
  return ownEntry(PLACE_NAMES, place) ?? place.replace(/-/g, ' ');
}

/** The words that stand in for the picture, for screen readers and when the scenery has not loaded. */
export function describeScene(place: string | null, speaker: CastMember | null, mood: Mood | null): string {
  const where = place ? `The scene: ${placeName(place)}.` : 'The scene is not set yet.';
  if (!speaker) return where;
  const look = mood && mood !== 'neutral' ? `, looking ${mood}` : '';
  return `${where} ${speaker.name}, ${speaker.role}, is speaking${look}.`;
}
