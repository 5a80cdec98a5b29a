import { BEST_HERE, type DecisionLesson } from '../analysis/best-per-decision';
import type { ScenarioBounds } from '../content/scenario-summary';
import { AXES, AXIS_LABELS, formatScore } from '../core/axes';
import { endingSummaryFor, endingTitleFor, type ScenarioMeta } from '../narrative/scenario-meta';
import type { Debrief } from '../scoring/debrief';
import { axisShare } from '../scoring/scores';

export interface ResultAxis {
  label: string;
  /** The total as the debrief shows it, e.g. "+3". */
  score: string;
  /** Where it sits on the scenario's range, in the debrief's words; null when the range is not known. */
  range: string | null;
  /** 0 to 100 for a bar; null when there is no bar to draw. */
  percent: number | null;
}

export interface ResultDecision {
  number: number;
  chosen: string;
  /** Whether the learner's option was the best there (one of the best, when several tie). */
  best: boolean;
  /** The best option there when the learner chose another; null when they chose it or nothing is scored. */
  bestText: string | null;
}

/** Everything on the learner's one-page result, as words; drawing it is pdf work, elsewhere. */
export interface LearnerResult {
  scenarioTitle: string;
  learner: string;
  date: string;
  ending: { title: string; summary: string | null } | null;
  axes: ResultAxis[];
  decisions: ResultDecision[];
  /** "You chose the best option at 3 of 5 decisions." */
  bestCount: string;
}

interface ResultInput {
  debrief: Debrief;
  /** The debrief's lessons, one per decision (`lessonsFor`), so paper and screen name the same best option. */
  lessons: readonly DecisionLesson[];
  bounds: ScenarioBounds | null;
  meta: ScenarioMeta | null;
  /** The profile's display name; null when the attempt was played without one. */
  learner: string | null;
  /** When the attempt finished, already in words, e.g. "3 December 2026". */
  date: string;
}

/** What the learner's result says, from the same debrief, lessons and ranges the debrief screen shows. */
export function learnerResult({ debrief, lessons, bounds, meta, learner, date }: ResultInput): LearnerResult {
  const decisions = debrief.decisions.map((d, i): ResultDecision => {
    const lesson = lessons[i];
    const best = lesson?.chosenIsBest ?? false;
    return { number: i + 1, chosen: d.chosen.text, best, bestText: best ? null : (lesson?.best[0]?.text ?? null) };
  });
  return {
    scenarioTitle: meta?.title ?? debrief.scenarioId,
    learner: learner ?? 'Name not recorded',
    date,
    ending: debrief.ending ? { title: endingTitleFor(meta, debrief.ending), summary: endingSummaryFor(meta, debrief.ending) } : null,
    axes: AXES.map((axis) => {
      const range = bounds?.[axis];
      const share = range ? axisShare(debrief.totals[axis], range) : null;
      return { label: AXIS_LABELS[axis], score: formatScore(debrief.totals[axis]), range: share?.text ?? null, percent: share?.percent ?? null };
    }),
    decisions,
    bestCount: bestCountText(decisions),
  };
}

function bestCountText(decisions: readonly ResultDecision[]): string {
  const n = decisions.length;
  if (n === 0) return 'No decisions were made.';
  const best = decisions.filter((d) => d.best).length;
  return `You chose the best option at ${best} of ${n} ${n === 1 ? 'decision' : 'decisions'}.`;
}

/** One decision as a line of the result: what was chosen (whether it was best goes after it: `bestMark`). */
export function decisionLine(d: ResultDecision): string {
  return `${d.number}. You chose: ${d.chosen}`;
}

/** Said after the chosen option when it was the best there; null when it was not. */
export function bestMark(d: ResultDecision): string | null {
  return d.best ? `   — ${BEST_HERE}` : null;
}

/** The second line when the learner's option was not the best, naming the one that was. */
export function bestLine(d: ResultDecision): string | null {
  return d.bestText ? `${BEST_HERE}: ${d.bestText}` : null;
}
