import type { CompiledScenario } from '../../content/compiled-scenario';
import { AuthoringError } from '../../narrative/authoring-error';
import { PresenterFlow } from '../../trainer/presenter-flow';
import { TrainerSession } from '../../trainer/trainer-session';
import { h } from '../dom';
import { routeHref } from '../routes';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { newSeed, newSessionId } from '../session-ids';
import { rememberSession } from '../session-registry';
import { reportSession } from '../reporting/reporting-service';
import { findLive, findPhones, keepLive, keepPhones } from '../trainer/live-sessions';
import { phonesOption } from '../trainer/phones-option';
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
  const cleanup = () => {
    stopWaiting();
    controller?.destroy();
    view.timer.destroy();
    view.destroy();
    document.body.classList.remove('presenting');
  };
  const present = (flow: PresenterFlow) => {
    const phones = findPhones(flow) ?? null;
    view.showPhones(phones?.box ?? null);
    controller = new PresenterController(flow, view, phones, () => {
      location.hash = routeHref({ screen: 'present-debrief', sessionId: flow.session.log.started.sessionId });
    });
  };

  const live = sessionId ? findLive(sessionId) : undefined;
  if (live) {
    present(live);
    return cleanup;
  }
  const scenario = await loadScenario(scenarioId);
  if (!scenario) {
    cleanup();
    return showMissing(main, scenarioId);
  }
  // The cleanup goes back to the router now, not when the room begins: a trainer may leave first.
  const phones = phonesOption((text) => view.announce(text));
  const start = startPanel(meta, () => view.toggleHelp(), phones.element);
  stopWaiting = start.cancel;
  view.showStart(start.element);
  void start.begun.then(() => {
    const flow = startSession(scenario, scenarioId, view);
    const voting = phones.voting();
    if (flow && voting) {
      keepPhones(flow, voting);
      // The room's code stops working when the trainer closes the page.
      window.addEventListener('pagehide', () => void voting.end(), { once: true });
    }
    if (flow) present(flow);
  });
  return cleanup;
}

function startSession(scenario: CompiledScenario, scenarioId: string, view: PresenterView): PresenterFlow | null {
  let flow: PresenterFlow;
  try {
    flow = new PresenterFlow(TrainerSession.start({ scenario, sessionId: newSessionId(), seed: newSeed() }));
  } catch (error) {
    view.showError(`This scenario has a problem and cannot start: ${error instanceof AuthoringError ? error.message : String(error)}`);
    return null;
  }
  const { sessionId } = flow.session.log.started;
  keepLive(flow);
  rememberSession(sessionId, flow.session.log);
  // The room's choices go to an LRS only when one is set in Settings.
  void reportSession({ log: flow.session.log, scenario, title: scenarioMeta(scenarioId)?.title ?? scenarioId, profile: null });
  // The address now names the session, so the debrief can link back to this very point.
  history.replaceState(null, '', routeHref({ screen: 'present', scenarioId, sessionId }));
  return flow;
}

function showMissing(main: HTMLElement, scenarioId: string): void {
  main.append(
    h('h1', {}, 'Scenario not found'),
    h('p', {}, `There is no scenario called "${scenarioId}" in this copy of Common Ground.`),
    h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
  );
}
