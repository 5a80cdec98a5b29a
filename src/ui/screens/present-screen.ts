import { AuthoringError } from '../../narrative/authoring-error';
import { PresenterFlow } from '../../trainer/presenter-flow';
import { TrainerSession } from '../../trainer/trainer-session';
import { h } from '../dom';
import { routeHref } from '../routes';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { newSeed, newSessionId } from '../session-ids';
import { rememberSession } from '../session-registry';
import { findLive, keepLive } from '../trainer/live-sessions';
import { PresenterController } from '../trainer/presenter-controller';
import { PresenterView } from '../trainer/presenter-view';
import { startPanel } from '../trainer/start-panel';
import { TimerWidget } from '../trainer/timer';
import '../trainer/presenter.css';

/**
 * Trainer mode: one screen on a projector, a room deciding together. With a session id it picks up
 * a session still open on this page (back from the group debrief); otherwise it starts a new one.
 */
export async function presentScreen(main: HTMLElement, scenarioId: string, sessionId?: string): Promise<Cleanup | void> {
  const meta = scenarioMeta(scenarioId);
  enterScreen(main, meta ? `Presenting: ${meta.title}` : 'Scenario not found');
  if (!meta) return showMissing(main, scenarioId);
  document.body.classList.add('presenting');
  const view = new PresenterView(meta, new TimerWidget(() => view.announce("Time's up.")));
  main.append(view.root);
  let controller: PresenterController | undefined;
  let stopWaiting = () => {};
  let left = false;
  const cleanup = () => {
    left = true;
    stopWaiting();
    controller?.destroy();
    view.timer.destroy();
    view.destroy();
    document.body.classList.remove('presenting');
  };

  let flow = sessionId ? findLive(sessionId) : undefined;
  if (!flow) {
    const scenario = await loadScenario(scenarioId);
    if (!scenario) {
      cleanup();
      return showMissing(main, scenarioId);
    }
    const start = startPanel(meta);
    stopWaiting = start.cancel;
    view.showStart(start.element);
    await start.begun;
    if (left) return;
    try {
      flow = new PresenterFlow(TrainerSession.start({ scenario, sessionId: newSessionId(), seed: newSeed() }));
    } catch (error) {
      view.showError(`This scenario has a problem and cannot start: ${error instanceof AuthoringError ? error.message : String(error)}`);
      return cleanup;
    }
    const started = flow.session.log.started;
    keepLive(flow);
    rememberSession(started.sessionId, flow.session.log);
    // The address now names the session, so the debrief can link back to this very point.
    history.replaceState(null, '', routeHref({ screen: 'present', scenarioId, sessionId: started.sessionId }));
  }
  const live = flow;
  controller = new PresenterController(live, view, () => {
    location.hash = routeHref({ screen: 'present-debrief', sessionId: live.session.log.started.sessionId });
  });
  return cleanup;
}

function showMissing(main: HTMLElement, scenarioId: string): void {
  main.append(
    h('h1', {}, 'Scenario not found'),
    h('p', {}, `There is no scenario called "${scenarioId}" in this copy of Common Ground.`),
    h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
  );
}
