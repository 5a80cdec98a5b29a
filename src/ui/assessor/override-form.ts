import { AXES, AXIS_LABELS, formatScore, MAX_SCORE, MIN_SCORE, type Axis, type AxisScores } from '../../core/axes';
import { h } from '../dom';
import { limitText } from '../widgets/text-limit';
import { TEXT_LIMITS } from '../../session/text-limits';

export interface OverrideRequest {
  axis: Axis;
  to: number;
  reason: string;
}

/**
 * Lets the assessor replace one automatic score, with a reason. The record keeps the original,
 * the new score, the reason and who changed it; this form only asks. `refresh` shows the score as
 * the record now has it.
 */
export function overrideForm(id: string, current: () => AxisScores, onSubmit: (request: OverrideRequest) => void): { element: HTMLElement; refresh(): void } {
  const axis = h('select', { id: `${id}-axis` }, ...AXES.map((a) => h('option', { value: a }, AXIS_LABELS[a])));
  const to = h('select', { id: `${id}-to` });
  const reason = h('textarea', { id: `${id}-reason`, rows: 2 });
  const reasonCount = limitText(reason, TEXT_LIMITS.reason);
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const showScores = () => {
    const now = current()[axis.value as Axis];
    to.replaceChildren(...range(MIN_SCORE, MAX_SCORE).map((n) => h('option', { value: n, selected: n === now }, `${formatScore(n)}${n === now ? ' (now)' : ''}`)));
  };
  axis.addEventListener('change', showScores);
  const submit = () => {
    const request = { axis: axis.value as Axis, to: Number(to.value), reason: reason.value.trim() };
    const problem = request.to === current()[request.axis] ? 'Choose a score different from the one it has now.' : !request.reason ? 'Give a reason for changing the score.' : '';
    error.textContent = problem;
    error.hidden = !problem;
    if (problem) return;
    reason.value = '';
    onSubmit(request);
  };
  const details = h(
    'details',
    { class: 'override' },
    h('summary', {}, 'Change an automatic score'),
    h('div', { class: 'override-fields' },
      h('div', {}, h('label', { for: axis.id, class: 'field-label' }, 'Axis'), axis),
      h('div', {}, h('label', { for: to.id, class: 'field-label' }, 'New score'), to),
    ),
    h('label', { for: reason.id, class: 'field-label' }, 'Reason (kept in the record with your name)'),
    reason,
    reasonCount,
    error,
    h('button', { type: 'button', class: 'button button--small', onclick: submit }, 'Change the score'),
  );
  details.addEventListener('toggle', showScores);
  showScores();
  return { element: details, refresh: showScores };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
