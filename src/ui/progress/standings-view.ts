import { AXIS_LABELS, type Axis } from '../../core/axes';
import { CLEAR_GAP_POINTS, type Standings } from '../../scoring/progress-history';
import { h } from '../dom';

/** Strengths and the axis to work on across scenarios, with how they are worked out, in plain words. */
export function standingsSection(standings: Standings | null): HTMLElement | null {
  if (!standings) return null;
  const over = standings.scenarios === 1 ? 'one scenario so far' : `${standings.scenarios} scenarios`;
  return h(
    'section',
    { class: 'progress-section', 'aria-labelledby': 'standings-heading' },
    h('h2', { id: 'standings-heading' }, 'Your strengths, and what to work on'),
    h('p', { class: 'standings-verdict' }, verdict(standings)),
    h(
      'ul',
      { class: 'standings-list' },
      ...standings.axes.map(({ axis, averagePercent }) => h('li', { 'data-axis': axis }, h('strong', {}, AXIS_LABELS[axis]), `: ${averagePercent}% on average`)),
    ),
    h(
      'details',
      { class: 'standings-method' },
      h('summary', {}, 'How this is worked out'),
      h(
        'p',
        {},
        `For each scenario you have finished, your latest finished attempt is placed on that scenario’s own range on each axis: 0% is the lowest total the scenario allows, 100% the highest. `,
        `Each scenario counts once however often you have played it, and the figures are the averages over ${over}. `,
        `An axis is called your strongest only when it is at least ${CLEAR_GAP_POINTS} points above the next, and the one to work on only when it is at least ${CLEAR_GAP_POINTS} points below the next, so a point or two of difference is never called a weakness.`,
      ),
    ),
  );
}

function verdict({ axes, strongest, weakest }: Standings): string {
  const name = (axis: Axis) => AXIS_LABELS[axis].toLowerCase();
  const close = `are within ${CLEAR_GAP_POINTS} points of each other`;
  if (strongest && weakest) return `Your strongest axis is ${name(strongest)}. The one to work on is ${name(weakest)}.`;
  if (strongest) return `Your strongest axis is ${name(strongest)}. The other two ${close}, so neither stands out as the one to work on.`;
  if (weakest) return `The one to work on is ${name(weakest)}. The other two ${close}.`;
  return `No axis stands out yet: they run from ${axes[0]!.averagePercent}% to ${axes.at(-1)!.averagePercent}%, but none is ${CLEAR_GAP_POINTS} points clear of the next.`;
}
