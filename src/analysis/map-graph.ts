import type { AxisScores } from '../core/axes';
import type { StateGraph, StopKind } from './state-graph';

/**
 * What the scenario map draws, small enough to ship with a scenario: decisions and endings, and the
 * options between them. Plain data, so the build can make it in Node and the debrief draw it later.
 */
export interface ScenarioMapGraph {
  start: number;
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface MapNode {
  id: number;
  kind: 'decision' | 'end';
  /** Decisions are numbered from 1 in the order a reader meets them; an ending shows its name. */
  label: string;
  /** Where it is and what was last said, for a tooltip. */
  detail: string;
  stop: StopKind | null;
}

export interface MapEdge {
  from: number;
  to: number;
  /** ink's choice index, as in the session log. */
  index: number;
  text: string;
  scores: AxisScores | null;
}

/** Beyond this many states a map is a thicket, not a help; callers say so instead of drawing one. */
export const MAP_NODE_LIMIT = 400;

export const STOP_LABELS: Record<StopKind, string> = { END: 'END', DONE: 'DONE', 'dead-end': 'dead end', error: 'error' };

/** The map of an explored story, or null when it has more than MAP_NODE_LIMIT states. */
export function toMapGraph(graph: StateGraph): ScenarioMapGraph | null {
  if (graph.nodes.length > MAP_NODE_LIMIT) return null;
  const order = discoveryOrder(graph);
  const newId = new Map(order.map((old, i) => [old, i]));
  let decisionNumber = 0;
  const nodes: MapNode[] = order.map((old, id) => {
    const node = graph.nodes[old]!;
    const said = node.context ? `: "${node.context.slice(0, 80)}"` : '';
    if (node.kind === 'decision') return { id, kind: 'decision', label: String(++decisionNumber), detail: `${node.location}${said}`, stop: null };
    return { id, kind: 'end', label: node.ending ?? STOP_LABELS[node.stop], detail: `${STOP_LABELS[node.stop]} in ${node.location}${said}`, stop: node.stop };
  });
  const edges: MapEdge[] = [];
  for (const old of order) {
    const node = graph.nodes[old]!;
    if (node.kind !== 'decision') continue;
    for (const c of node.choices) edges.push({ from: newId.get(old)!, to: newId.get(c.to)!, index: c.index, text: c.text, scores: c.scores });
  }
  return { start: 0, nodes, edges };
}

/**
 * The edges a path of choice indices follows from the start, and how far it got: a session played
 * with another seed than the analysis may leave the map where randomness took it elsewhere. On a
 * map of passages (decision-map.ts) one option can lead to different places depending on what came
 * before, so the trace takes the way that carries the rest of the path.
 */
export function traceMapPath(map: ScenarioMapGraph, path: readonly number[]): { edges: MapEdge[]; complete: boolean } {
  let longest: MapEdge[] = [];
  const deadEnds = new Set<string>();
  const walk = (at: number, step: number, edges: MapEdge[]): boolean => {
    if (edges.length > longest.length) longest = [...edges];
    if (step === path.length) return true;
    if (deadEnds.has(`${at}:${step}`)) return false;
    for (const edge of map.edges) {
      if (edge.from !== at || edge.index !== path[step]) continue;
      edges.push(edge);
      if (walk(edge.to, step + 1, edges)) return true;
      edges.pop();
    }
    deadEnds.add(`${at}:${step}`);
    return false;
  };
  const complete = walk(map.start, 0, []);
  return { edges: longest, complete };
}

// Breadth first from the start, so numbers and rows read from the top down.
export function discoveryOrder(graph: StateGraph): number[] {
  const seen = new Set([graph.start]);
  const order = [graph.start];
  for (let head = 0; head < order.length; head++) {
    const node = graph.nodes[order[head]!]!;
    if (node.kind !== 'decision') continue;
    for (const { to } of node.choices) {
      if (to >= 0 && !seen.has(to)) {
        seen.add(to);
        order.push(to);
      }
    }
  }
  return order;
}
