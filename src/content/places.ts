/**
 * The places a scenario can be set in (`#background: <place>`). Each has its art in
 * `assets/places/<place>.svg` and an ambient sound; a test fails if a shipped scenario names a place
 * not listed here or an asset is missing.
 */
export const PLACES = ['meeting-room', 'video-call', 'front-desk', 'phone-call', 'home-visit', 'partner-office'] as const;
export type PlaceId = (typeof PLACES)[number];

export function isPlaceId(value: string): value is PlaceId {
  return (PLACES as readonly string[]).includes(value);
}
