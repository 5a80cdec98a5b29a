import type { PlaySession } from '../../session/play-session';
import { h } from '../dom';
import { routeHref } from '../services/routes';

/**
 * The end of a practice attempt: the way to its debrief, and, where the author put Inky's
 * `# RESTART` on the story's last lines, a way to start again from the beginning. In Inky that tag
 * restarts at once; here the attempt just played is kept (its record and debrief), so starting
 * again is a new attempt the learner chooses, never a silent wipe.
 */
export function showEnding(ending: HTMLElement, session: PlaySession): void {
  const debrief = h('a', { class: 'button button--primary', href: routeHref({ screen: 'debrief', sessionId: session.log.started.sessionId }) }, 'See your debrief');
  const restart = session.current.passages.some((passage) => passage.cues.some((cue) => cue.kind === 'restart'));
  const heading = h('h2', { id: 'ending-heading', tabindex: -1 }, 'The end of this scenario');
  const lead = h('p', {}, 'See how your choices scored, what each one meant and what else you could have done.');
  if (!restart) ending.replaceChildren(heading, lead, debrief);
  else {
    const again = h('a', { class: 'button restart-attempt', href: routeHref({ screen: 'play', scenarioId: session.log.started.scenarioId }) }, 'Start again from the beginning');
    const note = h('p', {}, 'Or start again from the beginning: this attempt stays saved, with its debrief, and a new one begins.');
    ending.replaceChildren(heading, lead, note, h('div', { class: 'button-row' }, debrief, again));
  }
  ending.hidden = false;
}

// In an observed session the apprentice stays on this screen while the assessor finishes the record:
// a restart there would start a second observation, so `# RESTART` offers none.
export function showObservedEnding(ending: HTMLElement): void {
  ending.replaceChildren(
    h('h2', { id: 'ending-heading', tabindex: -1 }, 'The end of this scenario'),
    h('p', {}, 'Thank you. Your assessor will now finish the witness record and talk it through with you.'),
  );
  ending.hidden = false;
}
