import { discoveryOrder, STOP_LABELS, type MapEdge, type MapNode, type ScenarioMapGraph } from './map-graph';
import type { StateGraph, StateNode } from './state-graph';

/**
 * The map a learner can read: one circle per passage where a decision is made and one box per
 * ending, however the story got there. The state space behind it has hundreds or thousands of
 * states (the same passage with different scores so far); drawn whole it is a thicket, and a
 * decision in the same passage reads as the same decision to a learner anyway.
 */
export function toDecisionMap(graph: StateGraph): ScenarioMapGraph {
  const ids = new Map<string, number>();
  const ofState = new Map<number, number>();
  const nodes: MapNode[] = [];
  let decisionNumber = 0;
  for (const old of discoveryOrder(graph)) {
    const node = graph.nodes[old]!;
    const key = placeOf(node);
    let id = ids.get(key);
    if (id === undefined) {
      ids.set(key, (id = nodes.length));
      const said = node.context ? `: "${node.context.slice(0, 80)}"` : '';
      nodes.push(
        node.kind === 'decision'
          ? { id, kind: 'decision', label: String(++decisionNumber), detail: `${node.location}${said}`, stop: null }
          : { id, kind: 'end', label: node.ending ?? STOP_LABELS[node.stop], detail: `${STOP_LABELS[node.stop]} in ${node.location}${said}`, stop: node.stop },
      );
    }
    ofState.set(old, id);
  }
  const edges = new Map<string, MapEdge>();
  for (const [old, from] of ofState) {
    const node = graph.nodes[old]!;
    if (node.kind !== 'decision') continue;
    for (const c of node.choices) {
      const to = ofState.get(c.to);
      const key = `${from}>${to}>${c.index}`;
      if (to !== undefined && !edges.has(key)) edges.set(key, { from, to, index: c.index, text: c.text, scores: c.scores });
    }
  }
  return { start: 0, nodes, edges: [...edges.values()] };
}

// An ending is one box per `#ending` (wherever it is reached); one without a name, per place it stops.
function placeOf(node: StateNode): string {
  if (node.kind === 'decision') return `decision ${node.location}`;
  return node.ending ? `ending ${node.ending}` : `stop ${node.stop} ${node.location}`;
}
