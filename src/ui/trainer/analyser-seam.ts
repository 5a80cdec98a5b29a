import type { ScenarioMapGraph } from '../../analysis/map-graph';
import { bestOfferedHere, type BestPathSource } from '../../trainer/best-path';
import { mapBestPathSource } from '../../trainer/map-best-path';
import { loadScenarioSummary } from '../services/scenario-loading';

/**
 * Where the scenario analyser feeds the group debrief: the scenario map, worked out at build time
 * and shipped in the scenario's summary chunk. With a map, "best" is the option that starts the best
 * route to an ending; without one (too many branches to draw), the best option offered.
 */
export async function analysisFor(scenarioId: string): Promise<{ map: ScenarioMapGraph | null; bestPath: BestPathSource }> {
  const map = (await loadScenarioSummary(scenarioId))?.map ?? null;
  return { map, bestPath: map ? mapBestPathSource(map) : bestOfferedHere };
}
