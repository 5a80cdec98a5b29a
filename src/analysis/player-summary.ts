import type { ScenarioSummary } from '../content/scenario-summary';
import { AXES, type Axis } from '../core/axes';
import type { ScenarioAnalysis } from './analyse-scenario';
import { toRouteTable } from './best-route';
import { toDecisionMap } from './decision-map';
import type { Extreme } from './score-bounds';

/** The part of an analysis the player needs: each axis's range, the map to draw in the debrief, and the best routes. */
export function summariseForPlayer(analysis: ScenarioAnalysis): ScenarioSummary {
  const bounds = analysis.bounds;
  const value = (extreme: Extreme) => (extreme.value === 'unbounded' ? null : extreme.value);
  return {
    bounds: bounds
      ? (Object.fromEntries(AXES.map((axis) => [axis, { min: value(bounds.axes[axis].min), max: value(bounds.axes[axis].max) }])) as Record<Axis, { min: number | null; max: number | null }>)
      : null,
    // The map of passages, not of states: it reads at any size of story (decision-map.ts).
    map: analysis.graph ? toDecisionMap(analysis.graph) : null,
    route: analysis.graph ? toRouteTable(analysis.graph) : null,
  };
}
