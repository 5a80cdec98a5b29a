import type { Debrief, DebriefDecision } from '../scoring/debrief';
import type { OfferedChoice } from '../session/session-events';
import { bestOf, optionTotal } from '../scoring/scores';
import { alignRoutes } from './align-routes';
import { bestRouteFrom, locateDecisions, whatFollows, type BestRoute, type RouteTable, type WhatFollows } from './best-route';

/**
 * What the debrief teaches at each decision: which option was best there and what it would have
 * led to. "Best" is the best route to an ending when the build's analysis reached that state; when
 * it did not (or there is no analysis), it is the best option offered by its own score, and says so.
 */
/** How the debrief names the best option at a decision, on screen and on the learner's PDF. */
export const BEST_HERE = 'Best here';

export interface DecisionLesson {
  best: OfferedChoice[];
  basis: 'route' | 'offered';
  /** What the (first) best option leads to next: a line of the story, or an ending id. */
  follows: WhatFollows | null;
  chosenIsBest: boolean;
}

export function lessonsFor(debrief: Debrief, table: RouteTable | null): DecisionLesson[] {
  const nodes = table ? locateDecisions(table, debrief.decisions.map((d) => d.chosen.index)) : debrief.decisions.map(() => null);
  return debrief.decisions.map((decision, i) => lesson(decision, table, nodes[i] ?? null));
}

function lesson(decision: DebriefDecision, table: RouteTable | null, node: number | null): DecisionLesson {
  const routeBest = table && node !== null ? table.nodes[node]!.b : null;
  const fromRoute = routeBest ? decision.offered.filter((c) => routeBest.includes(c.index)) : [];
  const [best, basis] = fromRoute.length
    ? [fromRoute, 'route' as const]
    : [bestOf(decision.offered, (c) => optionTotal(c.scores)), 'offered' as const];
  const first = best[0];
  return {
    best,
    basis,
    follows: table && node !== null && first ? whatFollows(table, node, first.index) : null,
    chosenIsBest: best.some((c) => c.index === decision.chosen.index),
  };
}

/**
 * One row of the path view: the same decision on the learner's route and the best route, or one
 * that only one of them met (the other side is then null).
 */
export interface PathRow {
  step: number;
  /** The learner's decision number (from 1), or null when only the best route met this decision. */
  decision: number | null;
  yours: string | null;
  best: string | null;
  same: boolean;
}

export interface PathView {
  rows: PathRow[];
  yourEnding: string | null;
  bestEnding: string | null;
  /** False when there was no analysis: the "best" column is then the best option offered at each of your decisions. */
  fromAnalysis: boolean;
}

/** The learner's route and the best route side by side, decision by decision, for every scenario. */
export function pathView(debrief: Debrief, table: RouteTable | null): PathView {
  const yours = debrief.decisions.map((d) => d.chosen.text);
  const route: BestRoute | null = table ? bestRouteFrom(table, table.start) : null;
  const pairs: [number | null, number | null][] = route
    ? alignRoutes(debrief.decisions.map((d) => d.offered.map((c) => c.text)), route.offered)
    : yours.map((_, i) => [i, i]);
  const best = route ? route.steps : lessonsFor(debrief, null).map((l) => l.best[0]?.text ?? '');
  const rows = pairs.map(([mine, theirs], i) => ({
    step: i + 1,
    decision: mine === null ? null : mine + 1,
    yours: mine === null ? null : yours[mine]!,
    best: theirs === null ? null : best[theirs]!,
    same: mine !== null && theirs !== null && yours[mine] === best[theirs],
  }));
  return { rows, yourEnding: debrief.ending, bestEnding: route?.ending ?? null, fromAnalysis: route !== null };
}
