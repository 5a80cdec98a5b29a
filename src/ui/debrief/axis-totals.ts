import type { AxisRange, ScenarioBounds } from '../../content/scenario-summary';
import { AXES, AXIS_LABELS, formatScore, type Axis, type AxisScores } from '../../core/axes';
import { h } from '../dom';
import { axisShare } from '../../scoring/scores';

/**
 * The learner's total on each axis and, when the build worked out what the scenario allows, that
 * total as a share of the best achievable: "+6 of a possible +9", with a bar. The words carry the
 * meaning; the bar only repeats it, so nothing depends on seeing colour or length.
 */
export function axisTotals(totals: AxisScores, bounds: ScenarioBounds | null): HTMLElement {
  return h('dl', { class: 'axis-totals' }, ...AXES.flatMap((axis) => axisEntry(axis, totals[axis], bounds)));
}

function axisEntry(axis: Axis, total: number, bounds: ScenarioBounds | null): HTMLElement[] {
  const entry = [h('dt', {}, AXIS_LABELS[axis]), h('dd', { 'data-axis': axis }, formatScore(total))];
  const range = bounds?.[axis];
  if (range) entry.push(h('dd', { class: 'axis-share', 'data-axis-share': axis }, ...shareOf(total, range)));
  return entry;
}

function shareOf(total: number, range: AxisRange): HTMLElement[] {
  const { text, percent } = axisShare(total, range);
  const words = h('span', { class: 'axis-share__text' }, text);
  if (percent === null) return [words];
  return [words, h('span', { class: 'axis-bar', 'aria-hidden': 'true' }, h('span', { class: 'axis-bar__fill', style: `width: ${percent}%` }))];
}
