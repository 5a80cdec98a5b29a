import type { AxisRange } from '../../content/scenario-summary';
import { formatScore } from '../../scoring/axes';

export interface AxisShare {
  /** What the learner reads after their total, e.g. "of a possible +9: 67% (the lowest possible was -4)". */
  text: string;
  /** 0 to 100 for the bar; null when there is no best to measure against. */
  percent: number | null;
}

/** A total as a share of the best the scenario allows on that axis; below zero counts as none of it. */
export function axisShare(total: number, { min, max }: AxisRange): AxisShare {
  if (max === null) return { text: 'This scenario has no upper limit on this axis.', percent: null };
  const share = max > 0 ? Math.min(Math.max(total / max, 0), 1) : total >= max ? 1 : 0;
  const percent = Math.round(share * 100);
  const lowest = min === null ? '' : ` (the lowest possible was ${formatScore(min)})`;
  return { text: `of a possible ${formatScore(max)}: ${percent}%${lowest}`, percent };
}
