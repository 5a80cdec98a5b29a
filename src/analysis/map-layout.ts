import type { MapNode, ScenarioMapGraph } from './map-graph';

/** A node with where it sits: x and y are its centre. */
export interface PlacedNode {
  node: MapNode;
  row: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MapLayout {
  nodes: PlacedNode[];
  width: number;
  height: number;
}

export const DECISION_RADIUS = 16;
const END_HEIGHT = 30;
const ROW_HEIGHT = 100;
const GAP = 84;
/** Room on the left for the first node, and on the right for loops drawn round the side. */
const MARGIN = 40;
const SIDE_ROOM = 90;

/**
 * Rows by distance from the start, top to bottom; within a row, each node as near as it can be to
 * the average place of the nodes that lead to it (fewer crossings), then pushed apart so none overlap.
 */
export function layOutMap(map: ScenarioMapGraph, top = 0): MapLayout {
  const rows = rowsOf(map);
  const sized = map.nodes.map((node) => ({ node, row: rows[node.id]!, ...sizeOf(node), x: 0, y: 0 }));
  const byRow = groupByRow(sized);
  const widest = Math.max(...byRow.map((row) => row.reduce((sum, n) => sum + n.width + GAP, -GAP)));
  const inner = Math.max(widest, 120);
  const parents = parentsOf(map);
  byRow.forEach((row, r) => {
    for (const n of row) {
      n.y = top + DECISION_RADIUS + 8 + r * ROW_HEIGHT;
      const above = (parents.get(n.node.id) ?? []).map((p) => sized[p]!).filter((p) => p.row < r);
      n.x = above.length ? above.reduce((sum, p) => sum + p.x, 0) / above.length : MARGIN + inner / 2;
    }
    spreadOut(row, MARGIN, MARGIN + inner);
  });
  return { nodes: sized, width: MARGIN + inner + SIDE_ROOM, height: top + byRow.length * ROW_HEIGHT + 8 };
}

function sizeOf(node: MapNode): { width: number; height: number } {
  if (node.kind === 'decision') return { width: DECISION_RADIUS * 2, height: DECISION_RADIUS * 2 };
  return { width: Math.max(60, Math.round(node.label.length * 7.6) + 24), height: END_HEIGHT };
}

// Shortest distance from the start; the map's ids are already in breadth-first order.
function rowsOf(map: ScenarioMapGraph): number[] {
  const rows = map.nodes.map(() => -1);
  rows[map.start] = 0;
  const queue = [map.start];
  for (let head = 0; head < queue.length; head++) {
    const from = queue[head]!;
    for (const edge of map.edges) {
      if (edge.from === from && rows[edge.to] === -1) {
        rows[edge.to] = rows[from]! + 1;
        queue.push(edge.to);
      }
    }
  }
  return rows.map((r) => Math.max(r, 0));
}

function groupByRow<T extends { row: number }>(nodes: T[]): T[][] {
  const rows: T[][] = [];
  for (const n of nodes) (rows[n.row] ??= []).push(n);
  return rows.map((row) => row ?? []);
}

function parentsOf(map: ScenarioMapGraph): Map<number, number[]> {
  const parents = new Map<number, number[]>();
  for (const edge of map.edges) parents.set(edge.to, [...(parents.get(edge.to) ?? []), edge.from]);
  return parents;
}

/** Keeps the row's order by wished-for place, then moves nodes apart and back inside [left, right]. */
function spreadOut(row: PlacedNode[], left: number, right: number): void {
  row.sort((a, b) => a.x - b.x || a.node.id - b.node.id);
  let edge = left;
  for (const n of row) {
    n.x = Math.max(n.x, edge + n.width / 2);
    edge = n.x + n.width / 2 + GAP;
  }
  const overflow = edge - GAP - right;
  if (overflow > 0) for (const n of row) n.x -= overflow;
  // Pushing back left may make nodes overlap at the left edge again: lay them out from there.
  edge = left;
  for (const n of row) {
    n.x = Math.max(n.x, edge + n.width / 2);
    edge = n.x + n.width / 2 + GAP;
  }
}
