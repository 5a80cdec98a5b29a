import { describe, expect, it } from 'vitest';
import { summariseForPlayer } from '../../../src/analysis/player-summary';
import { analyseFixture } from '../../fixtures/analyse-fixture';

describe('summariseForPlayer (what the build ships for the debrief)', () => {
  it("gives each axis's lowest and highest achievable total and the map of decisions", () => {
    const summary = summariseForPlayer(analyseFixture('clean'));
    expect(summary.bounds).toEqual({
      compliance: { min: -2, max: 3 },
      communication: { min: -1, max: 3 },
      challenge: { min: 0, max: 1 },
    });
    // The map of passages: follow_up is one decision whether or not the address was read out.
    expect(summary.map?.nodes.map((n) => n.label)).toEqual(['1', '2', 'resolved', 'complaint']);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('gives no maximum for an axis a loop can farm', () => {
    expect(summariseForPlayer(analyseFixture('score-farm')).bounds!.compliance).toEqual({ min: 0, max: null });
  });

  it('gives neither bounds, map nor route table for a story it could not finish exploring', () => {
    expect(summariseForPlayer(analyseFixture('counter', { maxStates: 20 }))).toEqual({ bounds: null, map: null, route: null });
  });
});
