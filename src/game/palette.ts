/** Colours the scene draws itself (the places and people are SVG art in assets/). Calm and muted. */
export const STAGE_BACKGROUND = 0x1d2b3a;

/** A room with no art yet: wall, floor and skirting. */
export const DEFAULT_ROOM = { wall: 0xc9d0cf, floor: 0x7b8488, skirting: 0xe2e3de };

export const CHAIR = { back: 0x3f4a50, edge: 0x323b40 };

/** Each video tile's backdrop: the wall behind a person at their own desk. */
export const TILE_BACKDROPS = [0x6d7f86, 0x8a8275, 0x6f8274, 0x857887, 0x7a8a92, 0x8c7d6c];
export const TILE_SPEAKING_BORDER = 0xe3c77a;

export const CALL_CARD = { fill: 0xf4f2ec, header: 0x3e6b6b, headerText: '#f4f2ec', border: 0xd5d0c4 };

export const NAME_CARD = {
  fill: 0x1f2a30,
  fillAlpha: 0.72,
  text: '#f2f2ee',
  role: '#c9d0d2',
  speakingFill: 0xf1dca0,
  speakingText: '#1b1f23',
  speakingRole: '#3b3f44',
};

/** How much quieter a listener looks than the speaker (multiplied into their colours). */
export const LISTENER_TINT = 0xc9c9c9;
