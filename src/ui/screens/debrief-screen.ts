import { buildDebrief, type DebriefDecision } from '../../scoring/debrief';
import { axisTotals } from '../debrief/axis-totals';
import { scenarioMapSection } from '../debrief/scenario-map-view';
import { h } from '../dom';
import { scoreChips } from '../play/score-chips';
import { routeHref } from '../routes';
import { scenarioBounds, scenarioMeta } from '../scenario-source';
import { enterScreen } from '../screen';
import { findSession } from '../session-registry';

/** The debrief: totals on each axis, every choice with its reason and the map of the path taken, all read from the session log. */
export function debriefScreen(main: HTMLElement, sessionId: string): void {
  const log = findSession(sessionId);
  enterScreen(main, 'Debrief');
  if (!log) {
    main.append(
      h('h1', {}, 'Debrief not available'),
      h('p', {}, 'This session is not on this device any more. Sessions are kept only while the page is open.'),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
    );
    return;
  }
  const debrief = buildDebrief(log.events);
  const meta = scenarioMeta(debrief.scenarioId);
  const title = meta?.title ?? debrief.scenarioId;
  main.append(
    h('h1', {}, `Debrief: ${title}`),
    h(
      'section',
      { class: 'totals', 'aria-labelledby': 'totals-heading' },
      h('h2', { id: 'totals-heading' }, 'Your totals'),
      axisTotals(debrief.totals, scenarioBounds(debrief.scenarioId)),
    ),
    h(
      'section',
      { class: 'decisions', 'aria-labelledby': 'decisions-heading' },
      h('h2', { id: 'decisions-heading' }, `Your ${debrief.decisions.length} decisions`),
      h('ol', { class: 'decision-list' }, ...debrief.decisions.map(decisionItem)),
    ),
    scenarioMapSection(debrief.scenarioId, title, debrief.decisions.map((d) => d.chosen.index)),
    h(
      'nav',
      { class: 'debrief-actions', 'aria-label': 'What next' },
      h('a', { class: 'button button--primary', href: routeHref({ screen: 'play', scenarioId: debrief.scenarioId }) }, 'Play again'),
      h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose another scenario'),
    ),
  );
}

function decisionItem(decision: DebriefDecision, i: number): HTMLElement {
  const { chosen } = decision;
  return h(
    'li',
    { class: 'decision' },
    h('h3', {}, `Decision ${i + 1}`),
    decision.context ? h('p', { class: 'decision-context' }, decision.context) : null,
    h('p', { class: 'decision-choice' }, h('strong', {}, 'You chose: '), chosen.text),
    scoreChips(chosen.scores),
    h('p', { class: 'decision-reason' }, chosen.reason ?? 'This choice is not scored.'),
    chosen.ksbs.length ? h('p', { class: 'decision-ksbs' }, `Evidence for: ${chosen.ksbs.join(', ')}`) : null,
    decision.alternatives.length
      ? h(
          'details',
          { class: 'alternatives' },
          h('summary', {}, `The other ${decision.alternatives.length === 1 ? 'option' : `${decision.alternatives.length} options`}`),
          h(
            'ul',
            {},
            ...decision.alternatives.map((alt) =>
              h('li', {}, h('p', {}, alt.text), alt.scores ? scoreChips(alt.scores) : null, alt.reason ? h('p', { class: 'decision-reason' }, alt.reason) : null),
            ),
          ),
        )
      : null,
  );
}
