import type { AskGuide } from '../narrative/story-runner';
import type { AxisScores } from '../core/axes';

/**
 * A story's state space: every distinct decision the story can reach, every way it can stop, and the
 * choices between them. Node ids are indices into `nodes`; the start is the first state reached.
 */
export interface StateGraph {
  nodes: StateNode[];
  start: number;
}

/** One option at a decision and the state it leads to. */
export interface GraphChoice {
  /** ink's index for the choice: what the session log records and a path lists. */
  index: number;
  text: string;
  scores: AxisScores | null;
  reason: string | null;
  ksbs: string[];
  /** The author's reason for scoring against the rubric here (`#rubric-exception`), if any. */
  rubricException?: string;
  to: number;
  /** The first line said after taking it, and who says it: what the debrief tells of a route not taken. */
  nextLine?: string;
  nextSpeaker?: string | null;
}

export interface DecisionNode {
  id: number;
  kind: 'decision';
  /** The passage the decision is in, as the runner names places ("passage knot.stitch"). */
  location: string;
  /** The last line shown before the decision, the first time it was reached. */
  context: string;
  /** The `#ask` question put before the options, and its model answer and checklist. */
  ask: string | null;
  guide: AskGuide | null;
  choices: GraphChoice[];
}

/**
 * How a story can stop: at an `END` or `DONE`, by running out of content with no choice on offer
 * (a dead end), or with an ink runtime error.
 */
export type StopKind = 'END' | 'DONE' | 'dead-end' | 'error';

export interface EndNode {
  id: number;
  kind: 'end';
  stop: StopKind;
  /** The `#ending` id the story met on the way, if any. */
  ending: string | null;
  /** The last knot or stitch entered before stopping. */
  location: string;
  context: string;
  /** What went wrong, for dead ends and errors. */
  message: string | null;
}

export type StateNode = DecisionNode | EndNode;

/** One shortest way from the start to each node, kept as a parent per node and written out only when asked. */
export interface ShortestPaths {
  reaches(id: number): boolean;
  /** How many choices from the start; Infinity when the start does not lead there. */
  length(id: number): number;
  /** The choice indices from the start, or null when unreachable. */
  to(id: number): number[] | null;
}

/**
 * Shortest paths by breadth-first search. Paths are built on demand: a story explored deep (the state
 * limit on a long one) has paths thousands of steps long, and one for every state would fill memory.
 */
export function shortestPaths(graph: StateGraph): ShortestPaths {
  const count = graph.nodes.length;
  const from = new Int32Array(count).fill(-1);
  const index = new Int32Array(count);
  const depth = new Float64Array(count).fill(Infinity);
  const queue = [graph.start];
  if (count > 0) depth[graph.start] = 0;
  for (let head = 0; head < queue.length; head++) {
    const node = graph.nodes[queue[head]!]!;
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) {
      // A choice the state limit left unfollowed leads nowhere yet (-1).
      if (choice.to < 0 || depth[choice.to] !== Infinity) continue;
      depth[choice.to] = depth[node.id]! + 1;
      from[choice.to] = node.id;
      index[choice.to] = choice.index;
      queue.push(choice.to);
    }
  }
  const reaches = (id: number) => id >= 0 && id < count && depth[id] !== Infinity;
  return {
    reaches,
    length: (id) => (reaches(id) ? depth[id]! : Infinity),
    to: (id) => {
      if (!reaches(id)) return null;
      const path: number[] = [];
      for (let at = id; from[at]! >= 0; at = from[at]!) path.push(index[at]!);
      return path.reverse();
    },
  };
}
