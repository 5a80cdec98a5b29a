import { ObservationHost } from '../../assessor/observation-channel';
import { h } from '../dom';
import { findObservation } from '../assessor/pending-observations';
import { observeControls } from '../assessor/observe-controls';
import { routeHref } from '../services/routes';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { playScreen } from './play-screen';

/** The apprentice's screen in an observed session: the scenario in assessed mode, and the assessor's controls. */
export async function observeScreen(main: HTMLElement, sessionId: string): Promise<Cleanup | void> {
  const observation = findObservation(sessionId);
  if (!observation || observation.log) return notAvailable(main, Boolean(observation?.log));
  let detach: (() => void) | undefined;
  const cleanup = await playScreen(main, observation.scenarioId, {
    mode: 'assessed',
    sessionId,
    onStarted: (session) => {
      session.log.append({ type: 'observation-started', ...observation.details });
      observation.log = session.log;
      // Left open with the page, so the assessor's window can finish the record after this screen.
      observation.host = new ObservationHost(sessionId, session.log);
      detach = observeControls(main, sessionId, observation, session.log);
    },
  });
  return () => {
    cleanup?.();
    detach?.();
  };
}

function notAvailable(main: HTMLElement, played: boolean): void {
  enterScreen(main, 'Observed session');
  main.append(
    h('h1', {}, 'Observed session'),
    h('p', {}, played
      ? 'This observed session has already been played on this screen. The assessor can finish the witness record in their window.'
      : 'This observed session is not open on this device. Observed sessions last only while the page is open.'),
    h('a', { class: 'button button--primary', href: routeHref({ screen: 'assess' }) }, 'Start an observed session'),
  );
}
