import type { ScenarioBounds } from '../content/scenario-summary';
import { AXES, type AxisScores } from '../core/axes';

/**
 * One number in −1..1 for a learner's totals, as xAPI's `score.scaled` and SCORM's `cmi.score.scaled`
 * want: the sum of the three axes as a share of the best sum the scenario allows (or, below zero, of
 * the worst). null when the build could not bound the scenario, since a share of an unknown is a guess.
 */
export function scaledScore(totals: AxisScores, bounds: ScenarioBounds | null | undefined): number | null {
  if (!bounds) return null;
  const sum = AXES.reduce((s, axis) => s + totals[axis], 0);
  const limits = AXES.map((axis) => (sum >= 0 ? bounds[axis].max : bounds[axis].min));
  if (limits.some((limit) => limit === null)) return null;
  const limit = Math.abs((limits as number[]).reduce((s, n) => s + n, 0));
  if (limit === 0) return 0;
  const share = Math.max(-1, Math.min(1, sum / limit));
  return Math.round(share * 10000) / 10000;
}

/**
 * Where an LMS sets no mastery score, passing means at least half of the best the scenario allows.
 * A judgement, written down once: cmi5's moveOn and SCORM's success status both read it.
 */
export const DEFAULT_PASS_MARK = 0.5;
