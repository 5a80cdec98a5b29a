import { traceMapPath, type MapEdge, type ScenarioMapGraph } from '../analysis/map-graph';
import { bestOf, optionTotal } from '../scoring/scores';
import { bestOfferedHere, type BestPathSource } from './best-path';

interface Route {
  /** Total of the three scores from here to the end along the best route; unscored options count 0. */
  total: number;
  edges: MapEdge[];
}

/**
 * The best route from every decision on the scenario map to an ending, by the total of the three
 * scores. Stories loop rarely; an option that leads back into the route being worked out is not
 * followed, so a loop can never make a route look endlessly good.
 */
function bestRoutes(map: ScenarioMapGraph): Map<number, Route> {
  const routes = new Map<number, Route>();
  const working = new Set<number>();
  const from = (node: number): Route => {
    const known = routes.get(node);
    if (known) return known;
    working.add(node);
    let best: Route = { total: 0, edges: [] };
    let found = false;
    for (const edge of map.edges.filter((e) => e.from === node && !working.has(e.to))) {
      const rest = from(edge.to);
      const total = (optionTotal(edge.scores) ?? 0) + rest.total;
      if (!found || total > best.total) [best, found] = [{ total, edges: [edge, ...rest.edges] }, true];
    }
    working.delete(node);
    routes.set(node, best);
    return best;
  };
  for (const node of map.nodes) from(node.id);
  return routes;
}

/** The best path through the whole scenario: ink's choice indices from the start, and its total. */
export function bestMapPath(map: ScenarioMapGraph): { path: number[]; total: number } {
  const route = bestRoutes(map).get(map.start)!;
  return { path: route.edges.map((e) => e.index), total: route.total };
}

/**
 * "Best" from the scenario map: at each decision, the options that start the best route from there
 * to an ending. Where the room's path leaves the map (a seed the map was not drawn for), it falls
 * back to the best option offered there.
 */
export function mapBestPathSource(map: ScenarioMapGraph): BestPathSource {
  const routes = bestRoutes(map);
  return {
    label: 'the option that starts the best route from there to an ending on the scenario map (highest total of the three scores)',
    best(offered, pathSoFar) {
      const { edges, complete } = traceMapPath(map, pathSoFar);
      if (!complete) return bestOfferedHere.best(offered, pathSoFar);
      const here = edges.at(-1)?.to ?? map.start;
      const options = map.edges.filter((e) => e.from === here && offered.some((o) => o.index === e.index));
      if (options.length === 0) return bestOfferedHere.best(offered, pathSoFar);
      return bestOf(options, (e) => (optionTotal(e.scores) ?? 0) + routes.get(e.to)!.total).map((e) => e.index);
    },
  };
}
