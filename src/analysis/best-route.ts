import { optionTotal } from '../scoring/scores';
import type { StateGraph } from './state-graph';

/**
 * The best route from every decision of a scenario, worked out at build time so the debrief can say,
 * for any state the learner reached, which option leads to the highest combined score by the end and
 * what it leads to next. Compact: it ships with the scenario's chunk even when the map is too big to draw.
 */
export interface RouteTable {
  start: number;
  nodes: RouteNode[];
  /** Shared text table: the "what happens next" lines and ending ids, each stored once. */
  texts: string[];
}

export type RouteOption = [index: number, to: number, text: number, nextLine: number, nextSpeaker: number];

export interface RouteNode {
  /**
   * Each option as [ink choice index, node it leads to, its text, the first line said after it, who
   * says that line] (the last three are indices into texts, -1 for none); empty at an ending.
   */
  c: RouteOption[];
  /** The choice indices of the best option(s) here; a tie keeps them all. */
  b: number[];
  /** What is said on arriving here (an index into texts), or -1 when nothing is. */
  t: number;
  /** The `#ending` id when this node is an ending (an index into texts), else -1. */
  e: number;
}

/** The highest combined score still to win from each node; an option on a loop back is not a route. */
export function bestToGo(graph: StateGraph): number[] {
  const memo: (number | undefined)[] = new Array(graph.nodes.length);
  const onStack = new Uint8Array(graph.nodes.length);
  const visit = (id: number): number => {
    const known = memo[id];
    if (known !== undefined) return known;
    const node = graph.nodes[id]!;
    if (node.kind !== 'decision') return (memo[id] = 0);
    onStack[id] = 1;
    let best = Number.NEGATIVE_INFINITY;
    for (const choice of node.choices) {
      if (choice.to < 0 || onStack[choice.to]) continue;
      best = Math.max(best, (optionTotal(choice.scores) ?? 0) + visit(choice.to));
    }
    onStack[id] = 0;
    return (memo[id] = Number.isFinite(best) ? best : 0);
  };
  return graph.nodes.map((_, id) => visit(id));
}

export function toRouteTable(graph: StateGraph): RouteTable {
  const toGo = bestToGo(graph);
  const texts: string[] = [];
  const textIds = new Map<string, number>();
  const textId = (text: string | null): number => {
    if (!text) return -1;
    let id = textIds.get(text);
    if (id === undefined) textIds.set(text, (id = texts.push(text) - 1));
    return id;
  };
  const nodes = graph.nodes.map((node): RouteNode => {
    if (node.kind !== 'decision') return { c: [], b: [], t: textId(node.context), e: textId(node.ending) };
    const value = (to: number, scores: Parameters<typeof optionTotal>[0]) => (to < 0 ? null : (optionTotal(scores) ?? 0) + toGo[to]!);
    const valued = node.choices.map((c) => ({ index: c.index, v: value(c.to, c.scores) }));
    const top = Math.max(...valued.map((x) => x.v ?? Number.NEGATIVE_INFINITY));
    return {
      c: node.choices.map((c): RouteOption => [c.index, c.to, textId(c.text), textId(c.nextLine ?? null), textId(c.nextSpeaker ?? null)]),
      b: valued.filter((x) => x.v === top).map((x) => x.index),
      t: textId(node.context),
      e: -1,
    };
  });
  return { start: graph.start, nodes, texts };
}

/** Where the learner was at each of their decisions: the route node, or null once the path leaves the table. */
export function locateDecisions(table: RouteTable, path: readonly number[]): (number | null)[] {
  const at: (number | null)[] = [];
  let node: number | null = table.start;
  for (const index of path) {
    at.push(node);
    if (node === null) continue;
    const next: RouteOption | undefined = table.nodes[node]!.c.find(([i]) => i === index);
    node = next ? next[1] : null;
  }
  return at;
}

/** What follows an option: the ending it reaches (its id), else the first line said after it and who says it. */
export interface WhatFollows {
  text: string | null;
  speaker: string | null;
  ending: string | null;
}

export function whatFollows(table: RouteTable, node: number, index: number): WhatFollows | null {
  const option = table.nodes[node]?.c.find(([i]) => i === index);
  if (!option || option[1] < 0) return null;
  const next = table.nodes[option[1]]!;
  const [, , , line, speaker] = option;
  // Without the line after the option, the last line before the next decision is the nearest there is.
  const text = line >= 0 ? table.texts[line]! : next.t >= 0 ? table.texts[next.t]! : null;
  return { text, speaker: line >= 0 && speaker >= 0 ? table.texts[speaker]! : null, ending: next.e >= 0 ? table.texts[next.e]! : null };
}

export interface BestRoute {
  /** The option texts, one per decision, taking the first best option at each. */
  steps: string[];
  /** Every option's text at each of those decisions, so a learner's decisions can be matched to them. */
  offered: string[][];
  /** The `#ending` id it reaches, or null when the route stops without one. */
  ending: string | null;
}

/** The best route from a node to an ending. */
export function bestRouteFrom(table: RouteTable, node: number): BestRoute {
  const steps: string[] = [];
  const offered: string[][] = [];
  const seen = new Set<number>();
  let at = node;
  while (!seen.has(at)) {
    seen.add(at);
    const here = table.nodes[at]!;
    const option = here.c.find(([i]) => i === here.b[0]);
    if (!option || option[1] < 0) break;
    steps.push(textOf(table, option[2]));
    offered.push(here.c.map(([, , text]) => textOf(table, text)));
    at = option[1];
  }
  const end = table.nodes[at]!;
  return { steps, offered, ending: end.c.length === 0 && end.e >= 0 ? table.texts[end.e]! : null };
}

function textOf(table: RouteTable, id: number): string {
  return id >= 0 ? table.texts[id]! : '';
}
