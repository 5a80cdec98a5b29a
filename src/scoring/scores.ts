import { AXES, formatScore, type AxisScores } from '../core/axes';
import type { AxisRange } from '../content/scenario-summary';

/**
 * Every scoring rule in one place: how choices add up, what "best" means, and how a total compares
 * with what the scenario allows. Play, the debrief, the group debrief, the witness record and the
 * reports all use these, so they can never disagree about a number.
 */

export function zeroScores(): AxisScores {
  return { compliance: 0, communication: 0, challenge: 0 };
}

export function addScores(a: AxisScores, b: AxisScores): AxisScores {
  return {
    compliance: a.compliance + b.compliance,
    communication: a.communication + b.communication,
    challenge: a.challenge + b.challenge,
  };
}

/** The totals of a run of choices, axis by axis; an empty run scores zero. */
export function sumScores(scores: Iterable<AxisScores>): AxisScores {
  let total = zeroScores();
  for (const s of scores) total = addScores(total, s);
  return total;
}

/** The three axes added up: how "best" is judged, since no axis matters more than another. */
export function combinedScore(totals: AxisScores): number {
  return AXES.reduce((sum, axis) => sum + totals[axis], 0);
}

/** The combined score of one option; null when the option is unscored. */
export function optionTotal(scores: AxisScores | null): number | null {
  return scores ? combinedScore(scores) : null;
}

/**
 * The best of several: every item sharing the highest value (a tie keeps them all), in the order
 * given. Items valued null (unscored) are never best; none is best when nothing is valued.
 */
export function bestOf<T>(items: readonly T[], value: (item: T) => number | null): T[] {
  const valued = items.flatMap((item) => {
    const v = value(item);
    return v === null ? [] : [{ item, v }];
  });
  const top = Math.max(...valued.map((x) => x.v));
  return valued.filter((x) => x.v === top).map((x) => x.item);
}

interface AxisShare {
  /** What the learner reads after their total, e.g. "on a range from -7 to +6: 31% of the way from the lowest to the highest". */
  text: string;
  /** 0 to 100 for the bar; null when the range is not known. */
  percent: number | null;
}

/**
 * Where a total sits on the range the scenario allows on that axis, from its lowest (0%) to its
 * highest (100%) achievable total, so a poor result and the worst result never read the same.
 */
export function axisShare(total: number, { min, max }: AxisRange): AxisShare {
  if (max === null) return { text: 'This scenario has no upper limit on this axis.', percent: null };
  if (min === null) return { text: `of a possible ${formatScore(max)} (this scenario has no lower limit on this axis)`, percent: null };
  const span = max - min;
  const share = span > 0 ? Math.min(Math.max((total - min) / span, 0), 1) : 1;
  const percent = Math.round(share * 100);
  return { text: `on a range from ${formatScore(min)} (lowest possible) to ${formatScore(max)} (highest possible): ${percent}% of the way up`, percent };
}
