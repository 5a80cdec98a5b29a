import { EXPRESSIONS, LOOKS, type LookId } from '../content/cast-looks';
import { isPlaceId, type PlaceId } from '../content/places';
import type { Mood } from '../narrative/tags';

/**
 * Where the art is and what its textures are called. URLs come through Vite, so the build
 * fingerprints every file; nothing here is loaded until the scene asks for it.
 */
const placeUrls = import.meta.glob('../../assets/places/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const foregroundUrls = import.meta.glob('../../assets/places/foreground/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const peopleUrls = import.meta.glob('../../assets/people/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const expressionUrls = import.meta.glob('../../assets/people/expressions/*.svg', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

export interface ArtFile {
  key: string;
  url: string;
  /** What the file is rasterised at: a whole frame, or a portrait at a scale factor. */
  kind: 'frame' | 'portrait';
}

export function placeArt(place: string | null): { background: ArtFile | null; foreground: ArtFile | null } {
  if (place === null || !isPlaceId(place)) return { background: null, foreground: null };
  return { background: file(`place:${place}`, placeUrls[`../../assets/places/${place}.svg`], 'frame'), foreground: foregroundArt(place) };
}

function foregroundArt(place: PlaceId): ArtFile | null {
  return file(`place-front:${place}`, foregroundUrls[`../../assets/places/foreground/${place}.svg`], 'frame');
}

export function portraitArt(look: LookId): ArtFile | null {
  return file(`look:${look}`, peopleUrls[`../../assets/people/${look}.svg`], 'portrait');
}

/** Eyes and mouth, and the eyebrows (drawn white, tinted per look) for each expression. */
export function expressionArt(mood: Mood): { features: ArtFile | null; brows: ArtFile | null } {
  return {
    features: file(`face:${mood}`, expressionUrls[`../../assets/people/expressions/${mood}.svg`], 'portrait'),
    brows: file(`brows:${mood}`, expressionUrls[`../../assets/people/expressions/${mood}-brows.svg`], 'portrait'),
  };
}

export function allExpressionArt(): ArtFile[] {
  return EXPRESSIONS.flatMap((mood) => Object.values(expressionArt(mood))).filter((f): f is ArtFile => f !== null);
}

export function browColour(look: LookId): number {
  return LOOKS[look].brow;
}

function file(key: string, url: string | undefined, kind: ArtFile['kind']): ArtFile | null {
  return url ? { key, url, kind } : null;
}
