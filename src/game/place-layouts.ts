import type { PlaceId } from '../content/places';
import { PORTRAIT_HEIGHT, PORTRAIT_WIDTH } from './portrait-size';
import { ownEntry } from '../core/own-entry';

/**
 * Where people appear in each place, in the 1920 × 1080 design space the art is drawn in.
 * Pure numbers (no Phaser), so the arithmetic is easy to read and to test.
 *
 * - `seat`: people side by side behind a table, counter or coffee table; y is the bottom of the
 *   portrait, which the foreground hides.
 * - `tile`: a video call, each person in their own camera tile.
 * - `call`: a phone call, the caller in a card beside your desk.
 */
export type Frame = 'seat' | 'tile' | 'call';

interface PlaceLayout {
  frame: Frame;
  /** Bottom of each portrait. */
  baseline: number;
  scale: number;
  left: number;
  right: number;
  /** Widest distance between neighbours, so two people do not sit at opposite ends of a room. */
  maxGap: number;
  /** Draw a chair back behind each person. */
  chairs: boolean;
}

const LAYOUTS: Record<PlaceId, PlaceLayout> = {
  'meeting-room': { frame: 'seat', baseline: 890, scale: 0.95, left: 330, right: 1590, maxGap: 400, chairs: true },
  'partner-office': { frame: 'seat', baseline: 900, scale: 0.98, left: 560, right: 1300, maxGap: 420, chairs: true },
  'front-desk': { frame: 'seat', baseline: 870, scale: 1.0, left: 560, right: 1400, maxGap: 420, chairs: false },
  'home-visit': { frame: 'seat', baseline: 940, scale: 0.9, left: 540, right: 1380, maxGap: 400, chairs: false },
  'phone-call': { frame: 'call', baseline: 800, scale: 0.8, left: 1080, right: 1620, maxGap: 520, chairs: false },
  'video-call': { frame: 'tile', baseline: 0, scale: 1, left: 60, right: 1520, maxGap: 0, chairs: false },
};

/** A scene with no place yet, or a place without art: a plain room. */
export const DEFAULT_LAYOUT: PlaceLayout = { frame: 'seat', baseline: 900, scale: 0.95, left: 360, right: 1560, maxGap: 400, chairs: false };

/** The video call's stage, inside the call window drawn in video-call.svg. */
export const TILE_AREA = { x: 60, y: 130, width: 1460, height: 790, gap: 20 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Slot {
  /** Centre of the portrait's bottom edge. */
  x: number;
  y: number;
  scale: number;
  /** The tile or call card the person is framed in, if any. */
  box: Box | null;
  /** How much of the portrait shows, from its top, in portrait units (a video tile crops it). */
  visibleHeight: number;
  /** Widest a name card may be before its text wraps, so neighbours' cards do not overlap. */
  labelWidth: number;
}

const TILE_ZOOM = 1.35;
const TILE_CROP_MARGIN = 4;
const CALL_CARD = { width: 500, height: 530, header: 100 };

export function layoutFor(place: string | null): PlaceLayout {
  return (place && ownEntry<PlaceLayout>(LAYOUTS, place)) || DEFAULT_LAYOUT;
}

export function slotsFor(layout: PlaceLayout, count: number): Slot[] {
  if (count <= 0) return [];
  if (layout.frame === 'tile') return tileSlots(count);
  const span = count === 1 ? 0 : Math.min(layout.right - layout.left, layout.maxGap * (count - 1));
  const gap = count === 1 ? Infinity : span / (count - 1);
  const centre = (layout.left + layout.right) / 2;
  // A crowded row shrinks a little rather than stacking people on top of each other.
  const crowding = layout.frame === 'call' ? CALL_CARD.width + 30 : PORTRAIT_WIDTH * 0.82;
  const scale = Math.max(0.55, Math.min(layout.scale, (gap / crowding) * layout.scale));
  const labelWidth = Math.min(640, gap * 0.98);
  return Array.from({ length: count }, (_, i) => {
    const x = centre - span / 2 + (count === 1 ? 0 : gap * i);
    if (layout.frame === 'call') {
      const shrink = scale / layout.scale;
      const width = CALL_CARD.width * shrink;
      const height = CALL_CARD.height * shrink;
      const box = { x: x - width / 2, y: layout.baseline - height, width, height };
      return { x, y: layout.baseline, scale, box, visibleHeight: PORTRAIT_HEIGHT, labelWidth: width - 30 };
    }
    return { x, y: layout.baseline, scale, box: null, visibleHeight: PORTRAIT_HEIGHT, labelWidth };
  });
}

/** Tiles in the call window: the column count that gives the biggest 16:9 tiles wins. */
function tileSlots(count: number): Slot[] {
  const { x, y, width, height, gap } = TILE_AREA;
  let best = { cols: 1, rows: count, w: 0, h: 0 };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    const w = Math.min((width - gap * (cols - 1)) / cols, ((height - gap * (rows - 1)) / rows) * (16 / 9));
    if (w > best.w) best = { cols, rows, w, h: (w * 9) / 16 };
  }
  const { cols, rows, w, h } = best;
  const top = y + (height - (rows * h + gap * (rows - 1))) / 2;
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(i / cols);
    const inRow = row === rows - 1 ? count - cols * (rows - 1) : cols;
    const left = x + (width - (inRow * w + gap * (inRow - 1))) / 2;
    const box = { x: left + (i % cols) * (w + gap), y: top + row * (h + gap), width: w, height: h };
    // Framed like a webcam: head and shoulders fill the tile and the tile's edge crops the rest.
    // The crop stops a hair above the edge so a breath never spills out of the tile.
    const scale = (h * TILE_ZOOM) / PORTRAIT_HEIGHT;
    const visibleHeight = (h - TILE_CROP_MARGIN) / scale;
    return { x: box.x + w / 2, y: box.y + PORTRAIT_HEIGHT * scale, scale, box, visibleHeight, labelWidth: w - 40 };
  });
}

export const CALL_CARD_HEADER = CALL_CARD.header;
