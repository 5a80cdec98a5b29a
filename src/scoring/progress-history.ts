import { AXES, type Axis } from '../core/axes';
import type { ScenarioBounds } from '../content/scenario-summary';
import { endingTitleFor, type ScenarioMeta } from '../narrative/scenario-meta';
import type { AttemptSummary } from './attempt-summary';
import { axisShare } from './scores';

/**
 * A learner's history, scenario by scenario. Totals from different scenarios are never added or
 * drawn as one line: each scenario allows a different range on each axis, so a total means
 * something only beside that scenario's lowest and highest possible (scores.ts, axisShare).
 */

/** What the history needs to know about a scenario: its words, and the ranges the build worked out. */
export interface ScenarioFacts {
  meta: ScenarioMeta;
  /** null when the build could not tell (or the scenario is not in this copy any more). */
  bounds: ScenarioBounds | null;
}

/** One total on one axis, and where it sits on the scenario's range (0 to 100; null if the range is not known). */
export interface AxisMark {
  total: number;
  percent: number | null;
}

export interface ScenarioHistory {
  scenarioId: string;
  /** Every attempt, finished or not. */
  attempts: number;
  finished: number;
  /** The latest finished attempt; null when none is finished. */
  latest: AttemptSummary | null;
  /**
   * The unfinished attempt touched most recently, if it is newer than the latest finished one: what
   * "Continue" picks up. One left behind before a later attempt was finished is not "in progress".
   */
  inProgress: AttemptSummary | null;
  /** Per axis, the latest finished attempt's total and the highest total in any finished attempt; null when none is finished. */
  axes: Record<Axis, { latest: AxisMark; best: AxisMark }> | null;
  /** The endings reached, first reached first, with how many times. */
  endings: { id: string; title: string; count: number }[];
  /** When this scenario was last played. */
  lastAt: string;
}

/** One history per scenario played, the most recently played first. */
export function scenarioHistories(attempts: readonly AttemptSummary[], facts: ReadonlyMap<string, ScenarioFacts>): ScenarioHistory[] {
  const byScenario = new Map<string, AttemptSummary[]>();
  for (const attempt of attempts) byScenario.set(attempt.scenarioId, [...(byScenario.get(attempt.scenarioId) ?? []), attempt]);
  return [...byScenario.entries()]
    .map(([scenarioId, list]) => historyOf(scenarioId, oldestFirst(list), facts.get(scenarioId) ?? null))
    .sort((a, b) => (a.lastAt > b.lastAt ? -1 : a.lastAt < b.lastAt ? 1 : 0));
}

function historyOf(scenarioId: string, attempts: AttemptSummary[], facts: ScenarioFacts | null): ScenarioHistory {
  const finished = attempts.filter((a) => a.finished);
  const latest = finished.at(-1) ?? null;
  return {
    scenarioId,
    attempts: attempts.length,
    finished: finished.length,
    latest,
    inProgress: attempts.at(-1)!.finished ? null : attempts.at(-1)!,
    axes: latest ? axisMarks(latest, finished, facts?.bounds ?? null) : null,
    endings: endingsOf(finished, facts?.meta ?? null),
    lastAt: attempts.at(-1)!.lastAt,
  };
}

function axisMarks(latest: AttemptSummary, finished: readonly AttemptSummary[], bounds: ScenarioBounds | null): NonNullable<ScenarioHistory['axes']> {
  const mark = (axis: Axis, total: number): AxisMark => ({ total, percent: bounds ? axisShare(total, bounds[axis]).percent : null });
  const entry = (axis: Axis) => ({ latest: mark(axis, latest.totals[axis]), best: mark(axis, Math.max(...finished.map((a) => a.totals[axis]))) });
  return { compliance: entry('compliance'), communication: entry('communication'), challenge: entry('challenge') };
}

function endingsOf(finished: readonly AttemptSummary[], meta: ScenarioMeta | null): ScenarioHistory['endings'] {
  const endings: ScenarioHistory['endings'] = [];
  for (const { ending } of finished) {
    if (!ending) continue;
    const known = endings.find((e) => e.id === ending);
    if (known) known.count++;
    else endings.push({ id: ending, title: endingTitleFor(meta, ending), count: 1 });
  }
  return endings;
}

// By when each attempt was last touched, so "latest" is the one the learner finished last.
function oldestFirst(attempts: readonly AttemptSummary[]): AttemptSummary[] {
  return [...attempts].sort((a, b) => (a.lastAt < b.lastAt ? -1 : a.lastAt > b.lastAt ? 1 : 0));
}

/** How far apart (in percentage points) the axes' averages must be before one is called a strength or the one to work on. */
export const CLEAR_GAP_POINTS = 10;

export interface AxisStanding {
  axis: Axis;
  /** The average, over the scenarios counted, of the latest finished attempt's place on that scenario's range (0 to 100). */
  averagePercent: number;
}

export interface Standings {
  /** Every axis, the highest average first (ties in the usual axis order). */
  axes: AxisStanding[];
  /** How many scenarios the averages are over: those with a finished attempt and known ranges. */
  scenarios: number;
  /** The highest average, when it is at least CLEAR_GAP_POINTS above the next; otherwise null. */
  strongest: Axis | null;
  /** The lowest average, when it is at least CLEAR_GAP_POINTS below the next; otherwise null. */
  weakest: Axis | null;
}

/**
 * Strengths and the axis to work on, across scenarios: for each scenario, the latest finished
 * attempt's place on that scenario's own range, averaged with every scenario counting once (so
 * replaying one scenario many times does not outweigh the rest). An axis is named only when it
 * stands clear of the next one, so a point or two of difference is never called a weakness.
 * null when nothing can be counted.
 */
export function axisStandings(histories: readonly ScenarioHistory[]): Standings | null {
  const counted = histories.filter((h) => h.axes && AXES.every((axis) => h.axes![axis].latest.percent !== null));
  if (counted.length === 0) return null;
  const average = (axis: Axis) => Math.round(counted.reduce((sum, h) => sum + h.axes![axis].latest.percent!, 0) / counted.length);
  const axes = AXES.map((axis) => ({ axis, averagePercent: average(axis) })).sort((a, b) => b.averagePercent - a.averagePercent);
  const clear = (higher: AxisStanding, lower: AxisStanding) => higher.averagePercent - lower.averagePercent >= CLEAR_GAP_POINTS;
  const [top, second, beforeLast, last] = [axes[0]!, axes[1]!, axes.at(-2)!, axes.at(-1)!];
  return { axes, scenarios: counted.length, strongest: clear(top, second) ? top.axis : null, weakest: clear(beforeLast, last) ? last.axis : null };
}

/** The learner's weakest axis in one scenario (latest finished attempt), when one is lowest on its own. */
export function weakestIn(history: ScenarioHistory): Axis | null {
  if (!history.axes || AXES.some((axis) => history.axes![axis].latest.percent === null)) return null;
  const sorted = [...AXES].sort((a, b) => history.axes![a].latest.percent! - history.axes![b].latest.percent!);
  return history.axes[sorted[0]!].latest.percent! < history.axes[sorted[1]!].latest.percent! ? sorted[0]! : null;
}

export type ScenarioStatus =
  | { kind: 'not-started' }
  /** An unfinished attempt waits; the scenario may also have been finished before. */
  | { kind: 'in-progress'; attempt: AttemptSummary; finished: number; best: AttemptSummary | null }
  | { kind: 'finished'; finished: number; best: AttemptSummary };

/** What a scenario card says about the learner's attempts at it. `best` is chosen as bestByScenario chooses. */
export function scenarioStatus(history: ScenarioHistory | undefined, best: AttemptSummary | null): ScenarioStatus {
  if (!history) return { kind: 'not-started' };
  if (history.inProgress) return { kind: 'in-progress', attempt: history.inProgress, finished: history.finished, best };
  if (best) return { kind: 'finished', finished: history.finished, best };
  return { kind: 'not-started' };
}
