import { ObservationHost } from '../../assessor/observation-channel';
import { AuthoringError } from '../../narrative/authoring-error';
import { resumeSession } from '../../session/replay';
import type { PlaySession } from '../../session/play-session';
import { h } from '../dom';
import { findObservation, planObservation, type Observation } from '../assessor/pending-observations';
import { observeControls } from '../assessor/observe-controls';
import { loadObservation } from '../assessor/stored-observations';
import { routeHref } from '../services/routes';
import { loadScenario } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { playScreen } from './play-screen';

interface Resumed {
  session: PlaySession;
  storedCount: number;
}

/**
 * The apprentice's screen in an observed session: the scenario in assessed mode, and the assessor's
 * controls. A new observation starts from the details the start form left; one opened again (the
 * tab was closed, reloaded or crashed) carries on from what is stored, and this window becomes the
 * writer again.
 */
export async function observeScreen(main: HTMLElement, sessionId: string): Promise<Cleanup | void> {
  const planned = findObservation(sessionId);
  if (planned && !planned.log) return playObservation(main, sessionId, planned);
  const stored = await loadObservation(sessionId);
  if (!stored) return notAvailable(main, 'This observed session is not on this device.');
  if ('problem' in stored) return notAvailable(main, `Its saved record could not be read: ${stored.problem}.`);
  const started = stored.events[0]!;
  const details = stored.events.find((e) => e.type === 'observation-started');
  if (started.type !== 'session-started' || details?.type !== 'observation-started') return notAvailable(main, 'Its saved record does not say who is being observed.');
  const resumed = await resume(started.scenarioId, stored.events);
  if (typeof resumed === 'string') return notAvailable(main, resumed);
  // Played earlier in this page: its host stops, so the one writer is the screen drawn now.
  planned?.host?.close();
  const { type: _type, seq: _seq, at: _at, ...observed } = details;
  const observation: Observation = { scenarioId: started.scenarioId, details: observed, notesIn: planned?.notesIn ?? 'window' };
  planObservation(sessionId, observation);
  return playObservation(main, sessionId, observation, { session: resumed, storedCount: stored.storedCount });
}

async function playObservation(main: HTMLElement, sessionId: string, observation: Observation, resumed?: Resumed): Promise<Cleanup | void> {
  let detach: (() => void) | undefined;
  const cleanup = await playScreen(main, observation.scenarioId, {
    mode: 'assessed',
    sessionId,
    ...(resumed ? { resume: resumed } : {}),
    onStarted: (session, saver) => {
      if (!resumed) session.log.append({ type: 'observation-started', ...observation.details });
      observation.log = session.log;
      // Left open with the page, so the assessor's window can finish the record after this screen.
      observation.host = new ObservationHost(sessionId, session.log, saver);
      detach = observeControls(main, sessionId, observation, session.log, saver);
    },
    // Another tab of the apprentice's carries on: it is the writer now, and serves the assessor.
    onHandedOver: () => observation.host?.close(),
  });
  return () => {
    cleanup?.();
    detach?.();
  };
}

/** The session rebuilt from its log on the same scenario version, or why it cannot be. */
async function resume(scenarioId: string, events: Parameters<typeof resumeSession>[1]): Promise<PlaySession | string> {
  const scenario = await loadScenario(scenarioId);
  if (!scenario) return `The scenario "${scenarioId}" is not in this copy of Common Ground any more.`;
  try {
    const resumed = resumeSession(scenario, events);
    if (resumed.ok) return resumed.session;
    const title = scenarioMeta(scenarioId)?.title ?? scenarioId;
    return resumed.kind === 'scenario-changed'
      ? `${title} has been updated since this observation started, so it cannot pick up where it stopped.`
      : `Its saved record does not match ${title} (event ${resumed.seq}: ${resumed.problem}).`;
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error;
    return `The scenario has a problem: ${error.message}`;
  }
}

function notAvailable(main: HTMLElement, why: string): void {
  enterScreen(main, 'Observed session');
  main.append(
    h('h1', {}, 'Observed session'),
    h('p', {}, `This observed session cannot be continued here. ${why}`),
    h('a', { class: 'button button--primary', href: routeHref({ screen: 'assess' }) }, 'Start or continue an observed session'),
  );
}
