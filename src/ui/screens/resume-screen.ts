import { AuthoringError } from '../../narrative/authoring-error';
import { resumeSession } from '../../session/replay';
import { isStoreProblem } from '../../storage/learner-store';
import { pickProfileThen } from '../services/active-profile';
import { learnerStore } from '../services/device-storage';
import { h } from '../dom';
import { activeProfile } from '../services/learner-data';
import { routeHref } from '../services/routes';
import { loadScenario } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { playScreen } from './play-screen';

/**
 * Continue: rebuilds a stored attempt by replaying its choices on the same scenario version and
 * carries on in the same log. Anything that stops that is said plainly, with a way to look back.
 */
export async function resumeScreen(main: HTMLElement, sessionId: string): Promise<Cleanup | void> {
  const profile = await activeProfile();
  if (!profile) return pickProfileThen({ screen: 'resume', sessionId });
  const stored = await learnerStore().loadSession(sessionId);
  if (!stored) return cannotResume(main, 'This attempt is not on this device.', null);
  if (isStoreProblem(stored)) return cannotResume(main, `Its saved record could not be read: ${stored.problem}.`, null);
  // An attempt belongs to its profile: another learner may not continue (and so write into) it.
  if (stored.profileId !== profile.id) return cannotResume(main, `This attempt belongs to another profile on this device, not to ${profile.displayName}. Open that profile to continue it.`, null);
  const started = stored.events[0]!;
  const scenarioId = started.type === 'session-started' ? started.scenarioId : '';
  if (stored.events.some((e) => e.type === 'session-ended')) {
    location.replace(routeHref({ screen: 'debrief', sessionId }));
    return;
  }
  const scenario = await loadScenario(scenarioId);
  if (!scenario) return cannotResume(main, `The scenario "${scenarioId}" is not in this copy of Common Ground any more.`, sessionId);
  let resumed;
  try {
    resumed = resumeSession(scenario, stored.events);
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error;
    return cannotResume(main, `The scenario has a problem: ${error.message}`, sessionId);
  }
  if (!resumed.ok) {
    const changed = /changed since/.test(resumed.problem);
    const title = scenarioMeta(scenarioId)?.title ?? scenarioId;
    return cannotResume(
      main,
      changed
        ? `${title} has been updated since you started this attempt, so it cannot pick up where you left off.`
        : `Its saved record does not match ${title} (event ${resumed.seq}: ${resumed.problem}).`,
      sessionId,
    );
  }
  return playScreen(main, scenarioId, { resume: { session: resumed.session, storedCount: stored.events.length } });
}

function cannotResume(main: HTMLElement, why: string, sessionId: string | null): void {
  enterScreen(main, 'Cannot continue');
  main.append(
    h(
      'section',
      { class: 'cannot-resume' },
      h('h1', {}, 'This attempt cannot be continued'),
      h('p', {}, why),
      h('p', {}, sessionId ? 'You can still look back at what you did, or start a new attempt.' : 'You can start a new attempt.'),
      h(
        'div',
        { class: 'button-row' },
        sessionId ? h('a', { class: 'button button--primary', href: routeHref({ screen: 'debrief', sessionId }) }, 'Look back at this attempt') : null,
        h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
      ),
    ),
  );
}
