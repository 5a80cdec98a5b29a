import { AXES, type Axis, type AxisScores } from '../core/axes';
import { addScores, optionTotal, zeroScores } from '../scoring/scores';
import type { GraphChoice, StateGraph } from './state-graph';
import { stronglyConnected } from './strongly-connected';

/**
 * The lowest or highest total a learner can reach by the time the story stops, and one path
 * (choice indices from the start) that gets it. A loop whose choices add to a total can be taken
 * again and again: then the total has no limit, and `path` leads to that loop.
 */
export type Extreme =
  | { value: number; path: number[] }
  | { value: 'unbounded'; path: number[]; loop: string[] };

interface AxisBounds {
  min: Extreme;
  max: Extreme;
}

export interface ScoreBounds {
  axes: Record<Axis, AxisBounds>;
  /** The path with the highest total over all three axes, and what it scores on each. */
  best: { total: Extreme; scores: AxisScores };
}

type Weight = (choice: GraphChoice) => number;

/** Bounds for every axis; null when no path from the start ever stops (every path loops for ever). */
export function scoreBounds(graph: StateGraph): ScoreBounds | null {
  const components = stronglyConnected(graph);
  const solve = (weight: Weight) => new LongestPaths(graph, components, weight);
  const axes = {} as Record<Axis, AxisBounds>;
  for (const axis of AXES) {
    const max = solve((c) => c.scores?.[axis] ?? 0).extreme();
    const min = solve((c) => -(c.scores?.[axis] ?? 0)).extreme();
    if (!max || !min) return null;
    axes[axis] = { max, min: min.value === 'unbounded' ? min : { value: 0 - min.value, path: min.path } };
  }
  const total = solve((c) => optionTotal(c.scores) ?? 0).extreme()!;
  return { axes, best: { total, scores: scoresAlong(graph, total.path) } };
}

export function scoresAlong(graph: StateGraph, path: readonly number[]): AxisScores {
  let totals = zeroScores();
  let node = graph.nodes[graph.start]!;
  for (const index of path) {
    const choice = node.kind === 'decision' ? node.choices.find((c) => c.index === index) : undefined;
    if (!choice) break;
    if (choice.scores) totals = addScores(totals, choice.scores);
    node = graph.nodes[choice.to]!;
  }
  return totals;
}

/**
 * Longest paths to any stop, by dynamic programming over the components, endings first. Inside a
 * component (a loop) values are relaxed until they settle; if they never settle the loop gains on
 * every turn and every state in it is unbounded. Ties go to the shorter path, so a witness path never
 * goes round a loop that gains nothing.
 */
class LongestPaths {
  private readonly value: Float64Array;
  private readonly length: Float64Array;
  private readonly next: Int32Array;
  private readonly gaining = new Set<number>();
  private readonly loops = new Map<number, number[]>();

  constructor(
    private readonly graph: StateGraph,
    components: number[][],
    private readonly weight: Weight,
  ) {
    const count = graph.nodes.length;
    this.value = new Float64Array(count).fill(-Infinity);
    this.length = new Float64Array(count);
    this.next = new Int32Array(count).fill(-1);
    for (const node of graph.nodes) if (node.kind === 'end') this.value[node.id] = 0;
    for (const component of components) this.settle(component);
  }

  /** The best value from the start and a path to it; null if no stop is reachable. */
  extreme(): Extreme | null {
    const start = this.graph.start;
    if (this.value[start] === -Infinity) return null;
    const path: number[] = [];
    let at = start;
    for (let steps = 0; steps <= this.graph.nodes.length && !this.gaining.has(at); steps++) {
      const node = this.graph.nodes[at]!;
      const choice = node.kind === 'decision' ? node.choices[this.next[at]!] : undefined;
      if (!choice) break;
      path.push(choice.index);
      at = choice.to;
    }
    if (this.value[start] !== Infinity) return { value: this.value[start]!, path };
    return { value: 'unbounded', path, loop: this.locations(this.loops.get(at) ?? []) };
  }

  private settle(component: number[]): void {
    const inside = new Set(component);
    const work = [...component];
    const queued = new Set(component);
    const updates = new Map<number, number>();
    // Each relaxation that changes a value puts the states that lead into it back on the list.
    const predecessors = this.predecessorsWithin(component, inside);
    while (work.length > 0) {
      const v = work.pop()!;
      queued.delete(v);
      if (!this.relax(v)) continue;
      const times = (updates.get(v) ?? 0) + 1;
      updates.set(v, times);
      if (times > component.length) return this.markGaining(component);
      for (const u of predecessors.get(v) ?? []) {
        if (!queued.has(u)) {
          queued.add(u);
          work.push(u);
        }
      }
    }
  }

  /** Recomputes v's best choice from its successors' values; true if it improved. */
  private relax(v: number): boolean {
    const node = this.graph.nodes[v]!;
    if (node.kind !== 'decision') return false;
    let improved = false;
    node.choices.forEach((choice, position) => {
      if (choice.to < 0) return;
      const target = this.value[choice.to]!;
      if (target === -Infinity) return;
      const value = target + this.weight(choice);
      const length = this.length[choice.to]! + 1;
      if (value > this.value[v]! || (value === this.value[v] && length < this.length[v]!)) {
        this.value[v] = value;
        this.length[v] = length;
        this.next[v] = position;
        improved = true;
      }
    });
    return improved;
  }

  private predecessorsWithin(component: number[], inside: Set<number>): Map<number, number[]> {
    const predecessors = new Map<number, number[]>();
    for (const u of component) {
      const node = this.graph.nodes[u]!;
      if (node.kind !== 'decision') continue;
      for (const { to } of node.choices) {
        if (!inside.has(to)) continue;
        const list = predecessors.get(to) ?? [];
        list.push(u);
        predecessors.set(to, list);
      }
    }
    return predecessors;
  }

  private markGaining(component: number[]): void {
    for (const v of component) {
      this.value[v] = Infinity;
      this.gaining.add(v);
      this.loops.set(v, component);
    }
  }

  private locations(component: number[]): string[] {
    return [...new Set(component.map((id) => this.graph.nodes[id]!.location))].sort();
  }
}
