import { howFar, type GroupSessionSummary } from '../../trainer/group-session-summary';
import { h } from '../dom';
import { formatDateTime } from '../learner-data';
import { routeHref } from '../routes';

/**
 * "Carry on where you left off?" on the start screen, when this scenario has a group session that
 * was not finished (a reload mid-session, or the page closed). Everything the room did is stored,
 * so continuing puts the room back at the same decision; starting anew keeps the old one listed.
 */
export function resumeOffer(summary: GroupSessionSummary): { element: HTMLElement; continueButton: HTMLButtonElement; newButton: HTMLButtonElement } {
  const continueButton = h('button', { type: 'button', class: 'button button--primary presenter-button resume-continue' }, 'Continue this session');
  const newButton = h('button', { type: 'button', class: 'button presenter-button resume-new' }, 'Start a new session');
  const element = h(
    'section',
    { class: 'presenter-resume', 'aria-labelledby': 'presenter-resume-heading' },
    h('h3', { id: 'presenter-resume-heading' }, summary.ended ? 'This group session has ended' : 'Carry on where you left off?'),
    h(
      'p',
      { class: 'resume-facts' },
      `${summary.ended ? 'The session' : 'A group session of this scenario is not finished. It'} started ${formatDateTime(summary.startedAt)}, last changed ${formatDateTime(summary.lastAt)}. ${howFar(summary)}.`,
    ),
    h('p', {}, 'Every vote and choice so far is kept. The discussion timer starts again; phones, if you use them, are off until you turn them on below.'),
    h('div', { class: 'button-row' }, continueButton, newButton),
    h('p', { class: 'resume-keys' }, 'Space or the clicker: continue this session.'),
  );
  return { element, continueButton, newButton };
}

/** An unfinished session that cannot be carried on (the scenario changed since): its debrief still can be seen. */
export function cannotContinueNote(summary: GroupSessionSummary, why: string): HTMLElement {
  return h(
    'section',
    { class: 'presenter-resume presenter-resume--stuck', 'aria-labelledby': 'presenter-resume-heading' },
    h('h3', { id: 'presenter-resume-heading' }, 'An unfinished session cannot be continued'),
    h('p', {}, `The group session started ${formatDateTime(summary.startedAt)} (${howFar(summary)}) cannot pick up where it stopped: ${why}.`),
    h('p', {}, h('a', { href: routeHref({ screen: 'present-debrief', sessionId: summary.sessionId }) }, 'See its group debrief'), ', or begin a new session below.'),
  );
}
