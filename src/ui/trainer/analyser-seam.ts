import { bestOfferedHere, type BestPathSource } from '../../trainer/best-path';

/**
 * The one place the scenario analyser (issue 3) plugs into the group debrief: it will know each
 * scenario's best path and draw its map. Until it lands, "best" is the best option offered at each
 * decision (labelled as such) and there is no map, so the debrief simply leaves the map out.
 */
export function bestPathSource(_scenarioId: string): BestPathSource {
  return bestOfferedHere;
}

/** The scenario map with the room's path drawn on it, or null when there is no map to show. */
export async function scenarioMap(_scenarioId: string, _roomPath: readonly number[]): Promise<Element | null> {
  return null;
}
