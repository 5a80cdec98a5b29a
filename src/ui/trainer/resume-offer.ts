import { howFar, type GroupSessionSummary } from '../../trainer/group-session-summary';
import { h } from '../dom';
import { formatDateTime } from '../services/learner-data';
import { routeHref } from '../services/routes';

/** The offer as the start panel uses it: with `newButton`, Space continues; without, the usual Begin stays. */
export interface ResumeOffer {
  element: HTMLElement;
  continueButton: HTMLButtonElement;
  newButton: HTMLButtonElement | null;
}

/**
 * "Carry on where you left off?" on the start screen, when this scenario has a group session that
 * was not finished. Everything the room did is stored, so continuing puts the room back at the same
 * decision; starting anew keeps the old one listed. After a reload (`reloaded`: the address names
 * the session) continuing is what Space and the clicker do; opened afresh, they begin a new one.
 */
export function resumeOffer(summary: GroupSessionSummary, reloaded: boolean): ResumeOffer {
  const continueButton = h('button', { type: 'button', class: `button ${reloaded ? 'button--primary ' : ''}presenter-button resume-continue` }, 'Continue this session');
  const newButton = reloaded ? h('button', { type: 'button', class: 'button presenter-button resume-new' }, 'Start a new session') : null;
  const heading = summary.ended ? 'This group session has ended' : reloaded ? 'Carry on where you left off?' : 'A group session of this scenario was not finished';
  const element = h(
    'section',
    { class: 'presenter-resume', 'aria-labelledby': 'presenter-resume-heading' },
    h('h3', { id: 'presenter-resume-heading' }, heading),
    h('p', { class: 'resume-facts' }, `It started ${formatDateTime(summary.startedAt)} and was last changed ${formatDateTime(summary.lastAt)}. ${howFar(summary)}.`),
    h('p', {}, 'Every vote and choice so far is kept. The discussion timer starts again; phones, if you use them, are off until you turn them on below.'),
    h('div', { class: 'button-row' }, continueButton, newButton),
    reloaded ? h('p', { class: 'resume-keys' }, 'Space or the clicker: continue this session.') : null,
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
