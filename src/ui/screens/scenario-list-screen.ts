import type { Family } from '../../narrative/tags';
import { bestByScenario } from '../../scoring/attempt-summary';
import { scenarioHistories, scenarioStatus, type ScenarioStatus } from '../../scoring/progress-history';
import { activeProfile, formatDateTime, loadAttempts } from '../services/learner-data';
import { scoreChips } from '../play/score-chips';
import { h } from '../dom';
import { FAMILY_LABELS } from '../services/family-labels';
import { playedScenarioFacts } from '../progress/progress-facts';
import { routeHref } from '../services/routes';
import { listScenarios, type CatalogueEntry } from '../services/scenario-source';
import { enterScreen } from '../widgets/screen';

export async function scenarioListScreen(main: HTMLElement): Promise<void> {
  const profile = await activeProfile();
  const statusOf = profile ? await learnerStatuses(profile.id) : () => null;
  enterScreen(main, 'Choose a scenario');
  const entries = listScenarios();
  const families = Object.keys(FAMILY_LABELS) as Family[];
  main.append(
    h('h1', {}, 'Choose a scenario'),
    ...families
      .map((family) => [family, entries.filter((e) => e.meta?.family === family)] as const)
      .filter(([, inFamily]) => inFamily.length > 0)
      .map(([family, inFamily]) =>
        h('section', { class: 'family', 'aria-labelledby': `family-${family}` }, h('h2', { id: `family-${family}` }, FAMILY_LABELS[family]), h('ul', { class: 'scenario-cards' }, ...inFamily.map((entry) => card(entry, statusOf(entry.id))))),
      ),
    ...brokenEntries(entries),
  );
}

/** Each scenario's status for this learner; the card needs no ranges, so no scenario is fetched. */
async function learnerStatuses(profileId: string): Promise<(scenarioId: string) => ScenarioStatus> {
  const { attempts } = await loadAttempts(profileId);
  const histories = scenarioHistories(attempts, await playedScenarioFacts(attempts, false));
  const best = bestByScenario(attempts);
  return (id) => scenarioStatus(histories.find((h) => h.scenarioId === id), best.get(id)?.best ?? null);
}

function card(entry: CatalogueEntry, status: ScenarioStatus | null): HTMLElement {
  const meta = entry.meta!;
  return h(
    'li',
    { class: 'scenario-card' },
    h('h3', {}, h('a', { href: routeHref({ screen: 'play', scenarioId: entry.id }) }, meta.title)),
    h('p', { class: 'scenario-facts' }, `${FAMILY_LABELS[meta.family]} · about ${meta.minutes} minutes`),
    h('p', {}, meta.summary),
    status ? statusView(status, meta.title) : null,
    h('p', { class: 'scenario-trainer-link' }, h('a', { href: routeHref({ screen: 'present', scenarioId: entry.id }) }, 'Run with a group (trainer mode, for a projector)')),
  );
}

// Only the dev server lists broken scenarios (a build fails instead); authors see why here.
function brokenEntries(entries: CatalogueEntry[]): HTMLElement[] {
  const broken = entries.filter((e) => e.error);
  if (broken.length === 0) return [];
  return [
    h(
      'section',
      { class: 'authoring-errors', role: 'alert' },
      h('h2', {}, 'Scenarios with authoring errors'),
      ...broken.map((e) => h('pre', {}, e.error!)),
    ),
  ];
}

/** Not started, in progress (with Continue), or finished n times with the best result. */
function statusView(status: ScenarioStatus, title: string): HTMLElement {
  switch (status.kind) {
    case 'not-started':
      return h('div', { class: 'scenario-status', 'data-status': status.kind }, h('p', { class: 'scenario-status-label' }, 'Not started'));
    case 'in-progress':
      return h(
        'div',
        { class: 'scenario-status', 'data-status': status.kind },
        h('p', { class: 'scenario-status-label' }, `In progress: decision ${status.attempt.path.length + 1}, last played ${formatDateTime(status.attempt.lastAt)}. `),
        h('a', { class: 'button button--primary', href: routeHref({ screen: 'resume', sessionId: status.attempt.sessionId }) }, 'Continue', h('span', { class: 'visually-hidden' }, ` ${title}`)),
        status.best ? bestResult(status.finished, status.best.totals) : null,
      );
    case 'finished':
      return h('div', { class: 'scenario-status', 'data-status': status.kind }, bestResult(status.finished, status.best.totals));
  }
}

function bestResult(finished: number, totals: Parameters<typeof scoreChips>[0]): HTMLElement {
  return h(
    'div',
    { class: 'best-result' },
    h('p', { class: 'best-result-label' }, `Finished ${finished === 1 ? 'once' : `${finished} times`}. Your best result:`),
    scoreChips(totals, 'Your best totals'),
  );
}
