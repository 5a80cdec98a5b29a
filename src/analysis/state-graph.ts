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

/** For every node, one shortest way to reach it from the start as choice indices (null: unreachable). */
export function shortestPaths(graph: StateGraph): (number[] | null)[] {
  const parent: ({ from: number; index: number } | null)[] = graph.nodes.map(() => null);
  const seen = new Uint8Array(graph.nodes.length);
  const queue = [graph.start];
  seen[graph.start] = 1;
  for (let head = 0; head < queue.length; head++) {
    const node = graph.nodes[queue[head]!]!;
    if (node.kind !== 'decision') continue;
    for (const choice of node.choices) {
      if (seen[choice.to]) continue;
      seen[choice.to] = 1;
      parent[choice.to] = { from: node.id, index: choice.index };
      queue.push(choice.to);
    }
  }
  return graph.nodes.map((node) => {
    if (!seen[node.id]) return null;
    const path: number[] = [];
    for (let step = parent[node.id]; step; step = parent[step.from]) path.push(step.index);
    return path.reverse();
  });
}
