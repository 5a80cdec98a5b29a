import type { ObservationSummary } from '../../assessor/observation-summary';
import { h } from '../dom';
import { formatDate, formatDateTime } from '../services/learner-data';
import { routeHref } from '../services/routes';
import { scenarioMeta } from '../services/scenario-source';
import { loadUnfinishedObservations } from './stored-observations';

/**
 * "Continue an observation" on the Observe screen: the observed sessions on this device not signed
 * yet, each with a Continue that reopens the apprentice's screen where it stood (and, in the same
 * click so no pop-up blocker stops it, the assessor's window). Empty, it is not shown at all.
 */
export function observationsToContinue(openAssessorWindow: (sessionId: string) => void): HTMLElement {
  const list = h('ul', {});
  const section = h('section', { class: 'observations-to-continue', 'aria-labelledby': 'continue-observation-heading', hidden: true }, h('h2', { id: 'continue-observation-heading' }, 'Continue an observation'), list);
  void loadUnfinishedObservations().then(({ observations }) => {
    if (observations.length === 0) return;
    list.append(...observations.map((o) => item(o, openAssessorWindow)));
    section.hidden = false;
  });
  return section;
}

function item(observation: ObservationSummary, openAssessorWindow: (sessionId: string) => void): HTMLElement {
  const title = scenarioMeta(observation.scenarioId)?.title ?? observation.scenarioId;
  const stage = observation.ended ? 'finished, not signed yet' : `${observation.decisions} decision${observation.decisions === 1 ? '' : 's'} made`;
  const button = h('button', { type: 'button', class: 'button button--small button--primary', 'aria-label': `Continue the observation of ${observation.apprentice}: ${title}` }, 'Continue');
  button.addEventListener('click', () => {
    openAssessorWindow(observation.sessionId);
    location.hash = routeHref({ screen: 'observe', sessionId: observation.sessionId });
  });
  return h(
    'li',
    { class: 'observation-to-continue', 'data-session': observation.sessionId },
    h('p', { class: 'observation-facts' }, h('strong', {}, observation.apprentice), ` playing “${title}”, observed by ${observation.witness} on ${formatDate(observation.observedOn)} (${stage}; last changed ${formatDateTime(observation.lastAt)})`),
    button,
  );
}
