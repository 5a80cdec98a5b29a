/** Colours for the placeholder scenery: calm, muted, and dark enough behind light figures. */
export const PLACE_COLOURS: Record<string, { wall: number; floor: number; accent: number }> = {
  'meeting-room': { wall: 0x3d5a73, floor: 0x2a3b4c, accent: 0xc9a66b },
  'video-call': { wall: 0x2f3e46, floor: 0x1f2a30, accent: 0x84a98c },
  'front-desk': { wall: 0x5c4b6b, floor: 0x3b3047, accent: 0xe0b15a },
  'phone-call': { wall: 0x34495e, floor: 0x22303d, accent: 0x9ccfd8 },
  'home-visit': { wall: 0x6b5444, floor: 0x4a3a2f, accent: 0xd9b99b },
  'partner-office': { wall: 0x44575a, floor: 0x2e3b3d, accent: 0xb8c480 },
};

export const DEFAULT_PLACE = { wall: 0x3a4750, floor: 0x262f35, accent: 0xa0aab2 };

/** Skin and clothing tones cycled through the cast so people at the table look distinct. */
export const FIGURE_COLOURS = [
  { skin: 0x8d5524, clothes: 0x2e86ab },
  { skin: 0xf1c27d, clothes: 0xa23b72 },
  { skin: 0xc68642, clothes: 0xf18f01 },
  { skin: 0xe0ac69, clothes: 0x3b8b5a },
  { skin: 0x5c3a21, clothes: 0x6c63ff },
  { skin: 0xffdbac, clothes: 0xc73e1d },
];
