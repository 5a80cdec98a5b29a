/**
 * Every sound has a caption, shown in the transcript whether or not sound is on. Authors may use
 * ids not listed here; they get a plain caption built from the id rather than silence.
 */
const SOUND_CAPTIONS: Record<string, string> = {
  'phone-ring': 'A phone rings.',
  'door-knock': 'Someone knocks at the door.',
  'door-close': 'A door closes.',
  'chair-scrape': 'A chair scrapes back.',
  'notification': 'A message notification chimes.',
  'office-murmur': 'Voices murmur in an open-plan office.',
};

const MUSIC_CAPTIONS: Record<string, string> = {
  calm: 'Calm music plays.',
  tense: 'Tense, quiet music plays.',
};

function fromId(id: string): string {
  const words = id.replace(/\.[a-z0-9]+$/i, '').replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function soundCaption(id: string): string {
  return SOUND_CAPTIONS[id] ?? `Sound: ${fromId(id)}.`;
}

export function musicCaption(track: string | null): string {
  if (track === null) return 'The music stops.';
  return MUSIC_CAPTIONS[track] ?? `Music: ${fromId(track)}.`;
}
