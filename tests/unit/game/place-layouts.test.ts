import { describe, expect, it } from 'vitest';
import { PLACES } from '../../../src/content/places';
import { DEFAULT_LAYOUT, layoutFor, slotsFor, TILE_AREA } from '../../../src/game/place-layouts';

describe('where people appear', () => {
  it.each(PLACES)('%s seats one to six people inside the picture, left to right', (place) => {
    const layout = layoutFor(place);
    for (let count = 1; count <= 6; count++) {
      const slots = slotsFor(layout, count);
      expect(slots).toHaveLength(count);
      for (const slot of slots) {
        expect(slot.x).toBeGreaterThan(0);
        expect(slot.x).toBeLessThan(1920);
        expect(slot.scale).toBeGreaterThan(0);
      }
      if (layout.frame !== 'tile') for (let i = 1; i < count; i++) expect(slots[i]!.x).toBeGreaterThan(slots[i - 1]!.x);
    }
  });

  it('puts one person in the middle of the room', () => {
    expect(slotsFor(layoutFor('meeting-room'), 1)[0]!.x).toBe(960);
  });

  it('frames video callers in tiles that stay in the call window and do not overlap', () => {
    const slots = slotsFor(layoutFor('video-call'), 5);
    for (const { box } of slots) {
      expect(box!.x).toBeGreaterThanOrEqual(TILE_AREA.x);
      expect(box!.y).toBeGreaterThanOrEqual(TILE_AREA.y);
      expect(box!.x + box!.width).toBeLessThanOrEqual(TILE_AREA.x + TILE_AREA.width + 0.001);
      expect(box!.y + box!.height).toBeLessThanOrEqual(TILE_AREA.y + TILE_AREA.height + 0.001);
    }
    for (const a of slots) for (const b of slots) {
      if (a === b) continue;
      const apart = a.box!.x + a.box!.width <= b.box!.x + 0.001 || b.box!.x + b.box!.width <= a.box!.x + 0.001 || a.box!.y + a.box!.height <= b.box!.y + 0.001 || b.box!.y + b.box!.height <= a.box!.y + 0.001;
      expect(apart).toBe(true);
    }
  });

  it('uses a plain room for a place with no layout of its own', () => {
    expect(layoutFor('ballroom')).toBe(DEFAULT_LAYOUT);
    expect(layoutFor(null)).toBe(DEFAULT_LAYOUT);
  });
});
