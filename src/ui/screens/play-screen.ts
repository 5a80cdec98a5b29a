import { PlaySession } from '../../session/play-session';
import type { SessionMode } from '../../session/session-events';
import { pickProfileThen } from '../services/active-profile';
import { activeProfile } from '../services/learner-data';
import { claimAttempt, type Claim } from '../play/attempt-claim';
import { PlayController } from '../play/play-controller';
import { showMissing, showOpenElsewhere } from '../play/play-notices';
import { PlayView } from '../play/play-view';
import { saveSteps } from '../play/step-saving';
import type { StepSaver } from '../../storage/step-saver';
import { beforeYouStart } from '../play/wellbeing';
import { loadPreferences } from '../services/preferences';
import { routeHref } from '../services/routes';
import { loadScenario } from '../services/scenario-loading';
import { loadingScreen } from '../widgets/screen-loading';
import { enterScreen, type Cleanup } from '../widgets/screen';
import { newSessionId, newSeed } from '../services/session-ids';
import { rememberSession } from '../services/session-registry';
import { reportSessionIfAny } from '../reporting/reporting-start';

/** A stored session picked up again (resume-screen.ts), and how many of its events are already saved. */
interface Resumed {
  session: PlaySession;
  storedCount: number;
}

interface PlayOptions {
  /** 'assessed' for an observed session: an #ask must be answered, and no feedback shows during play. */
  mode?: SessionMode;
  sessionId?: string;
  /** Called once the session has started, e.g. to attach an assessor's panel to its log (and its saver, if stored). */
  onStarted?: (session: PlaySession, saver: StepSaver | null) => void;
  /** Called when another tab takes the session over, once this one has stopped saving it. */
  onHandedOver?: () => void;
  /** Carry on a stored practice session from where it stopped instead of starting afresh. */
  resume?: Resumed;
}

/**
 * Play: the scene above or beside, the conversation and the choices as real page text. Practice is
 * saved to the learner's profile after every event; an observed session is saved the same way with
 * no profile (it belongs to the observation, not to a learner on this device).
 * The screen is drawn once the scenario's chunk is here ("Loading…" if that takes a moment).
 */
export async function playScreen(main: HTMLElement, scenarioId: string, options: PlayOptions = {}): Promise<Cleanup | void> {
  const mode = options.resume?.session.mode ?? options.mode ?? 'practice';
  const profile = mode === 'practice' ? await activeProfile() : null;
  if (mode === 'practice' && !profile) return pickProfileThen({ screen: 'play', scenarioId });
  // Its chunk carries its metadata too; the page's entry asked for it as the page opened (main.ts).
  const stopShowing = loadingScreen(main);
  const found = await loadScenario(scenarioId).finally(stopShowing);
  enterScreen(main, found?.meta.title ?? 'Scenario not found');
  if (!found) return showMissing(main, scenarioId);
  const scenario = found;
  const { meta } = scenario;

  const sessionId = options.resume?.session.log.started.sessionId ?? options.sessionId ?? newSessionId();
  let controller: PlayController | null = null;
  let claim: Claim | null = null;
  let left = false;
  const saved = profile !== null || mode === 'assessed';
  if (saved) {
    // Before anything is playable: is this attempt already being played in another tab?
    const claimed = await claimAttempt(sessionId, async () => {
      await controller?.handOver();
      options.onHandedOver?.();
    });
    if (!claimed.held) return showOpenElsewhere(main, meta.title, claimed.takeOver);
    claim = claimed.claim;
  }

  const preferences = loadPreferences();
  const feedbackNow = mode !== 'assessed' && preferences.feedbackTiming === 'after-each-choice';
  const view = new PlayView(main, meta, { mode, feedbackNow, revealSpeed: preferences.revealSpeed }, (command) => controller?.dispatch(command));

  view.transcript.showPicturesFrom(scenario.images);

  function begin(): void {
    if (left) return;
    let session: PlaySession;
    try {
      session = options.resume?.session ?? PlaySession.start({ scenario, sessionId, seed: newSeed(), mode });
    } catch (error) {
      return view.showAuthoringError(error);
    }
    rememberSession(session.log.started.sessionId, session.log);
    // Only when an LRS is set in Settings or an LMS launched the game; otherwise nothing leaves the device.
    reportSessionIfAny({ log: session.log, title: meta.title, profile });
    const saver = saved ? saveSteps(session, profile?.id ?? null, options.resume?.storedCount ?? 0) : null;
    controller = new PlayController(session, view, saver);
    if (saver) {
      // Once its start is stored, the address names this attempt, so reloading the page continues it
      // rather than starting anew (an observed session's address, #/assess/<id>, names it already).
      // Not before: a reload then would find nothing to continue, and a fresh start loses nothing.
      // Only while the address is still this scenario's: the learner may have gone elsewhere meanwhile.
      const playing = location.hash;
      void saver.commit().then(() => {
        if (!left && !options.resume && profile && location.hash === playing) history.replaceState(history.state, '', routeHref({ screen: 'resume', sessionId }));
      });
    }
    options.onStarted?.(session, saver);
    controller.start(Boolean(options.resume), meta.contentNotes.length > 0);
  }

  // Content notes wait for the learner's go-ahead; the screen itself is ready (and can be left) at once.
  if (meta.contentNotes.length > 0 && !options.resume) void beforeYouStart(view.transcript.element, meta).then(begin);
  else begin();
  return () => {
    left = true;
    controller?.leave();
    claim?.release();
    view.destroy();
  };
}
