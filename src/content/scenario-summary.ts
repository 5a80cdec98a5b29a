import type { RouteTable } from '../analysis/best-route';
import type { ScenarioMapGraph } from '../analysis/map-graph';
import type { Axis } from '../core/axes';

/**
 * The lowest and highest total a learner can reach on one axis in a scenario, worked out when the
 * game is built. null: no limit (a loop can repeat a score) or not known (the analysis did not finish).
 */
export interface AxisRange {
  min: number | null;
  max: number | null;
}

export type ScenarioBounds = Record<Axis, AxisRange>;

/**
 * What the build works out about a scenario for the debrief, progress, the trainer's map and
 * reporting, so the browser never explores a story. Its own chunk, apart from the story itself
 * (CompiledScenario): play never waits for it.
 */
export interface ScenarioSummary {
  bounds: ScenarioBounds | null;
  /** The scenario map for the debrief; null when the scenario is too big to draw or was not analysed. */
  map: ScenarioMapGraph | null;
  /** The best option from every state, for the debrief's "best here"; null when the scenario was not analysed. */
  route: RouteTable | null;
}
