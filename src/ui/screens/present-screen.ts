import type { CompiledScenario } from '../../content/compiled-scenario';
import { AuthoringError } from '../../narrative/authoring-error';
import { PresenterFlow } from '../../trainer/presenter-flow';
import { offerFor, type Offer } from '../../trainer/resume-choice';
import { TrainerSession } from '../../trainer/trainer-session';
import { h } from '../dom';
import { showMissing } from '../play/play-notices';
import { saveSteps } from '../play/step-saving';
import { routeHref } from '../services/routes';
import { loadScenario } from '../services/scenario-loading';
import { scenarioMeta } from '../services/scenario-source';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { newSeed, newSessionId } from '../services/session-ids';
import { rememberSession } from '../services/session-registry';
import { reportSessionIfAny } from '../reporting/reporting-start';
import { loadGroupSessions, type StoredGroupSession } from '../trainer/group-sessions';
import { warnBeforeLeaving } from '../trainer/leave-warning';
import { findLive, findPhones, keepLive, keepPhones, type LiveSession } from '../trainer/live-sessions';
import { pastSessionsPanel } from '../trainer/past-sessions';
import { phonesOption } from '../trainer/phones-option';
import { PresenterController } from '../trainer/presenter-controller';
import { PresenterView } from '../trainer/presenter-view';
import { cannotContinueNote, resumeOffer } from '../trainer/resume-offer';
import { startPanel } from '../trainer/start-panel';
import { TimerWidget } from '../trainer/timer';
import '../trainer/presenter.css';

/**
 * Trainer mode: one screen on a projector, a room deciding together. With a session id it picks up
 * a session still open on this page (back from the group debrief). Otherwise the start screen
 * offers to continue this scenario's unfinished session (after a reload, say: every step is stored
 * on the device) or to begin a new one, and lists the group sessions kept on this device.
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
  let stopWarning = () => {};
  const cleanup = () => {
    stopWaiting();
    stopWarning();
    controller?.destroy();
    view.timer.destroy();
    view.destroy();
    document.body.classList.remove('presenting');
  };
  const present = ({ flow, saver }: LiveSession) => {
    const phones = findPhones(flow) ?? null;
    view.showPhones(phones?.box ?? null);
    stopWarning = warnBeforeLeaving(flow);
    const toDebrief = () => {
      location.hash = routeHref({ screen: 'present-debrief', sessionId: flow.session.log.started.sessionId });
    };
    controller = new PresenterController(flow, view, phones, toDebrief, saver);
  };

  const live = sessionId ? findLive(sessionId) : undefined;
  if (live) {
    view.showPicturesFrom((await loadScenario(scenarioId))?.images);
    present(live);
    return cleanup;
  }
  const [scenario, stored] = await Promise.all([loadScenario(scenarioId), loadGroupSessions().catch(() => ({ sessions: [], problems: [] }))]);
  if (!scenario) {
    cleanup();
    return showMissing(main, scenarioId);
  }
  view.showPicturesFrom(scenario.images);
  const offer = offerFor(scenario, stored.sessions, sessionId);
  // The cleanup goes back to the router now, not when the room begins: a trainer may leave first.
  const phones = phonesOption((text) => view.announce(text));
  const resumable = offer?.kind === 'resumable' ? offer : null;
  // The address names the session offered: the page was reloaded (or the debrief sent the trainer back).
  const reloaded = resumable !== null && resumable.stored.summary.sessionId === sessionId;
  const start = startPanel(meta, () => view.toggleHelp(), {
    offer: resumable ? resumeOffer(resumable.stored.summary, reloaded) : null,
    notice: offer?.kind === 'stuck' ? cannotContinueNote(offer.stored.summary, offer.problem) : null,
    extra: phones.element,
    past: pastSessionsPanel(stored, (deleted) => {
      if (resumable?.stored.summary.sessionId !== deleted) return;
      start.withdrawOffer();
      view.startHint(false);
    }),
  });
  stopWaiting = start.cancel;
  view.showStart(start.element, reloaded);
  void start.begun.then((choice) => {
    // Continuing a session still open in this page (left for the scenario list, say) picks up the very one.
    const open = resumable ? findLive(resumable.stored.summary.sessionId) : undefined;
    const session = choice === 'continue' && resumable ? (open ?? continueSession(resumable)) : startSession(scenario, scenarioId, view);
    if (!session) return;
    const voting = phones.voting();
    if (voting) {
      keepPhones(session.flow, voting);
      // The room's code stops working when the trainer closes the page.
      window.addEventListener('pagehide', () => void voting.end(), { once: true });
    }
    present(session);
  });
  return cleanup;
}

function startSession(scenario: CompiledScenario, scenarioId: string, view: PresenterView): LiveSession | null {
  let flow: PresenterFlow;
  try {
    flow = new PresenterFlow(TrainerSession.start({ scenario, sessionId: newSessionId(), seed: newSeed() }));
  } catch (error) {
    view.showError(`This scenario has a problem and cannot start: ${error instanceof AuthoringError ? error.message : String(error)}`);
    return null;
  }
  return goLive(flow, 0);
}

/** Carries on the stored session where the room stood; the phones (if any) start afresh. */
function continueSession(offer: Extract<Offer<StoredGroupSession>, { kind: 'resumable' }>): LiveSession {
  const flow = PresenterFlow.continueFrom(TrainerSession.continue(offer.play));
  return goLive(flow, offer.stored.storedCount);
}

/** From here on every step is stored on the device before the room sees it (presenter-controller.ts). */
function goLive(flow: PresenterFlow, storedCount: number): LiveSession {
  const { sessionId, scenarioId } = flow.session.log.started;
  const saver = saveSteps(flow.session.play, null, storedCount);
  void saver.commit();
  const session = { flow, saver };
  keepLive(session);
  rememberSession(sessionId, flow.session.log);
  // The room's choices go to an LRS only when one is set in Settings.
  reportSessionIfAny({ log: flow.session.log, title: scenarioMeta(scenarioId)?.title ?? scenarioId, profile: null });
  // The address now names the session, so the debrief can link back to this very point, and a reload offers it.
  history.replaceState(null, '', routeHref({ screen: 'present', scenarioId, sessionId }));
  return session;
}
