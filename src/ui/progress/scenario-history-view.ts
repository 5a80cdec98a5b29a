import { AXES, AXIS_LABELS, formatScore } from '../../core/axes';
import type { AxisMark, ScenarioHistory } from '../../scoring/progress-history';
import { h } from '../dom';
import { formatDateTime } from '../services/learner-data';
import { routeHref } from '../services/routes';

/**
 * One row per scenario played: its attempts, the latest and best total on each axis with where each
 * sits on that scenario's own range, and the endings reached. Scenarios are never added together.
 */
export function scenarioHistorySection(histories: readonly ScenarioHistory[], titleOf: (id: string) => string): HTMLElement | null {
  if (histories.length === 0) return null;
  return h(
    'section',
    { class: 'progress-section', 'aria-labelledby': 'history-heading' },
    h('h2', { id: 'history-heading' }, 'Scenario by scenario'),
    h(
      'p',
      { class: 'hint' },
      'Each figure is your total on that axis, then how far up that scenario’s own range it is: 0% is the lowest total the scenario allows, 100% the highest. ',
      '“Latest” is your most recent finished attempt; “best” is your highest total on that axis in any finished attempt. Scenarios allow different ranges, so their totals are never added together.',
    ),
    h('ul', { class: 'history-list' }, ...histories.map((history) => historyItem(history, titleOf(history.scenarioId)))),
  );
}

function historyItem(history: ScenarioHistory, title: string): HTMLElement {
  const headingId = `history-${history.scenarioId}`;
  return h(
    'li',
    { class: 'scenario-history', 'data-scenario-id': history.scenarioId, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, title),
    h('p', { class: 'attempt-facts' }, attemptFacts(history)),
    history.axes ? axisTable(history, title) : h('p', {}, 'Not finished yet, so there are no results to show.'),
    history.endings.length
      ? h('p', { class: 'history-endings' }, h('strong', {}, history.endings.length === 1 ? 'Ending reached: ' : 'Endings reached: '), history.endings.map((e) => (e.count > 1 ? `${e.title} (${e.count} times)` : e.title)).join('; '))
      : null,
    h(
      'div',
      { class: 'button-row' },
      history.inProgress
        ? h('a', { class: 'button button--primary', href: routeHref({ screen: 'resume', sessionId: history.inProgress.sessionId }) }, 'Continue', h('span', { class: 'visually-hidden' }, ` ${title}`))
        : null,
      h('a', { class: 'button', href: routeHref({ screen: 'play', scenarioId: history.scenarioId }) }, history.finished ? 'Play again' : 'Start afresh', h('span', { class: 'visually-hidden' }, `: ${title}`)),
      history.latest ? h('a', { class: 'button button--quiet', href: routeHref({ screen: 'debrief', sessionId: history.latest.sessionId }) }, 'Latest debrief', h('span', { class: 'visually-hidden' }, ` for ${title}`)) : null,
    ),
  );
}

function attemptFacts(history: ScenarioHistory): string {
  const attempts = `${history.attempts} ${history.attempts === 1 ? 'attempt' : 'attempts'}`;
  const finished = `${history.finished} finished`;
  const open = history.inProgress ? ` · one in progress, at decision ${history.inProgress.path.length + 1}` : '';
  return `${attempts} · ${finished}${open} · last played ${formatDateTime(history.lastAt)}`;
}

function axisTable(history: ScenarioHistory, title: string): HTMLElement {
  const axes = history.axes!;
  return h(
    'table',
    { class: 'history-table' },
    h('caption', { class: 'visually-hidden' }, `Your latest and best totals in ${title}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Axis'), h('th', { scope: 'col' }, 'Latest'), h('th', { scope: 'col' }, 'Best'))),
    h(
      'tbody',
      {},
      ...AXES.map((axis) =>
        h(
          'tr',
          { 'data-axis': axis },
          h('th', { scope: 'row' }, AXIS_LABELS[axis]),
          h('td', { 'data-mark': 'latest' }, markText(axes[axis].latest)),
          h('td', { 'data-mark': 'best' }, markText(axes[axis].best)),
        ),
      ),
    ),
  );
}

function markText({ total, percent }: AxisMark): string {
  return percent === null ? `${formatScore(total)} (range not known)` : `${formatScore(total)} (${percent}%)`;
}
