import { AuthoringError } from '../../narrative/authoring-error';
import type { Passage, Step } from '../../narrative/story-runner';
import type { CastMember } from '../../narrative/tags';
import { effectiveEvents } from '../../scoring/effective-path';
import { PlaySession } from '../../session/play-session';
import type { StepSaver } from '../../storage/step-saver';
import type { SessionMode } from '../../session/session-events';
import { pickProfileThen } from '../active-profile';
import { h } from '../dom';
import { activeProfile } from '../learner-data';
import { askBox } from '../play/ask-box';
import { claimAttempt, type Claim } from '../play/attempt-claim';
import { CommitThenShow } from '../play/commit-then-show';
import { showMissing, showOpenElsewhere } from '../play/play-notices';
import { saveSteps } from '../play/step-saving';
import { ChoiceList } from '../play/choice-list';
import { stagger } from '../play/reveal';
import { StepBack } from '../play/step-back';
import { sceneAudio } from '../play/scene-audio';
import { Transcript } from '../play/transcript';
import { drawHistory } from '../play/transcript-history';
import { showEnding, showObservedEnding } from '../play/ending-panel';
import { TurnFollower } from '../play/follow-turn';
import { beforeYouStart, stepOutControl } from '../play/wellbeing';
import { loadPreferences } from '../preferences';
import { readAloud, readAloudControls, stopReading } from '../read-aloud';
import { routeHref } from '../routes';
import { describeScene, presentAfter } from '../scene-description';
import type { SceneState } from '../../game/scenery-contract';
import { mountScenery } from '../scenery-port';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { newSessionId, newSeed } from '../session-ids';
import { rememberSession } from '../session-registry';
import { reportSession } from '../reporting/reporting-service';

/** A stored session picked up again (resume-screen.ts), and how many of its events are already saved. */
interface Resumed {
  session: PlaySession;
  storedCount: number;
}

interface PlayOptions {
  /** 'assessed' for an observed session: an #ask must be answered, and no feedback shows during play. */
  mode?: SessionMode;
  sessionId?: string;
  /** Called once the session has started, e.g. to attach an assessor's panel to its log. */
  onStarted?: (session: PlaySession) => void;
  /** Carry on a stored practice session from where it stopped instead of starting afresh. */
  resume?: Resumed;
}

/**
 * Play: the scene above or beside, the conversation and the choices as real page text. Practice is
 * saved to the learner's profile after every event; an observed session belongs to its assessor.
 */
export async function playScreen(main: HTMLElement, scenarioId: string, options: PlayOptions = {}): Promise<Cleanup | void> {
  const mode = options.resume?.session.mode ?? options.mode ?? 'practice';
  const profile = mode === 'practice' ? await activeProfile() : null;
  if (mode === 'practice' && !profile) return pickProfileThen({ screen: 'play', scenarioId });
  const meta = scenarioMeta(scenarioId);
  enterScreen(main, meta?.title ?? 'Scenario not found');
  if (!meta) return showMissing(main, scenarioId);

  const sessionId = options.resume?.session.log.started.sessionId ?? options.sessionId ?? newSessionId();
  let saver: StepSaver | null = null;
  let claim: Claim | null = null;
  let steps = new CommitThenShow(null);
  let left = false;
  if (profile) {
    // Before anything is playable: is this attempt already being played in another tab?
    const claimed = await claimAttempt(sessionId, () => handOver());
    if (!claimed.held) return showOpenElsewhere(main, meta.title, claimed.takeOver);
    claim = claimed.claim;
  }

  const transcript = new Transcript();
  let session: PlaySession | undefined;
  const stepOut = stepOutControl(
    () => {
      session?.log.append({ type: 'session-paused', reason: 'step-out' });
      void saver?.commit();
    },
    () => {
      session?.log.append({ type: 'session-resumed' });
      void saver?.commit();
    },
  );
  const choices = new ChoiceList((index) => choose(index));
  const stepBack = new StepBack(() => undo());
  const follower = new TurnFollower();
  const sceneText = h('p', { class: 'scene-description', id: 'scene-description' });
  const stage = h('div', { class: 'stage', role: 'img', 'aria-labelledby': 'scene-description' });
  const ending = h('section', { class: 'ending', hidden: true, 'aria-labelledby': 'ending-heading' });
  const playRoot = main.appendChild(
    h(
      'div',
      { class: 'play' },
      h('div', { class: 'stage-column' }, stage, sceneText),
      h(
        'div',
        { class: 'dialogue' },
        h('div', { class: 'play-heading' }, h('h1', { class: 'play-title' }, meta.title), readAloudControls(), stepOut),
        transcript.element,
        choices.element,
        stepBack.element,
        ending,
      ),
    ),
  );

  const scene: SceneState & { present: CastMember[] } = { place: null, cast: meta.cast, speaker: null, mood: null, present: [] };
  const scenery = mountScenery(stage, () => stage.classList.add('stage--text-only'));
  const showScene = () => {
    sceneText.textContent = describeScene(scene);
    scenery.show({ ...scene });
  };
  showScene();
  const preferences = loadPreferences();
  const feedbackNow = mode !== 'assessed' && preferences.feedbackTiming === 'after-each-choice';
  const audio = sceneAudio(main, { mode });

  const scenario = await loadScenario(scenarioId);
  if (!scenario) return showMissing(main, scenarioId);
  transcript.showPicturesFrom(scenario.images);

  function begin(): void {
    if (left) return;
    try {
      session = options.resume?.session ?? PlaySession.start({ scenario: scenario!, sessionId, seed: newSeed(), mode });
    } catch (error) {
      return showAuthoringError(transcript, error);
    }
    rememberSession(session.log.started.sessionId, session.log);
    // Only when an LRS is set in Settings or an LMS launched the game; otherwise nothing leaves the device.
    void reportSession({ log: session.log, scenario: scenario!, title: meta!.title, profile });
    if (profile) {
      saver = saveSteps(session, profile.id, options.resume?.storedCount ?? 0);
      steps = new CommitThenShow(saver);
      void saver.commit();
      // The address now names this attempt, so reloading the page continues it rather than starting anew.
      if (!options.resume) history.replaceState(history.state, '', routeHref({ screen: 'resume', sessionId: session.log.started.sessionId }));
    }
    options.onStarted?.(session);
    // A resumed log may have gained the passages a crash cut off: those are stored before shown too.
    if (options.resume) void steps.run(() => openAtDecision());
    else void steps.run(() => render(session!.current, meta!.contentNotes.length > 0));
  }

  // Another tab asked to continue this attempt: finish the last write, stop saving here, say so.
  async function handOver(): Promise<void> {
    await saver?.commit();
    saver?.stop(new Error('this attempt is now continuing in another tab'));
    left = true;
    choices.clear();
    stepBack.element.hidden = true;
    main.querySelector('.ask')?.remove();
    const note = transcript.addNote('This attempt now continues in another tab or window. Nothing more is saved here; you can close this tab.', 'entry--handed-over');
    note.setAttribute('role', 'alert');
    note.scrollIntoView({ block: 'nearest' });
  }

  /** `turn` holds the entries for the choice just made ("You:", feedback): focus and speech start there. */
  function render(step: Step, focus: boolean, turn: HTMLElement[] = []): void {
    const added = transcript.addPassages(step.passages);
    for (const passage of step.passages) {
      updateScene(scene, passage);
      scenery.show({ ...scene });
    }
    showScene();
    audio.show(step);
    showChoicesOrEnding(step);
    stagger([...added, step.ended ? ending : choices.element], preferences.revealSpeed);
    const fresh = [...turn, ...added];
    readAloud([...fresh.map((e) => e.textContent ?? ''), ...whatComesNext(step)]);
    // See transcript.ts: focus is the one announcement route, so it goes to the first new entry.
    // The page then scrolls to it (follow-turn.ts), not the browser's jump to the focus.
    if (!focus) return;
    (fresh[0] ?? (step.ended ? ending.querySelector('h2') : main.querySelector<HTMLElement>('#ask-heading')))?.focus({ preventScroll: true });
    follower.follow(fresh[0] ?? whatIsOffered(step), whatIsOffered(step));
  }

  // What the learner acts on next: the ending, the "What would you say?" question, or the options.
  function whatIsOffered(step: Step): HTMLElement {
    return step.ended ? ending : (main.querySelector<HTMLElement>('.ask') ?? choices.element);
  }

  // After a reload or resume: the story so far, then the page opens at the decision now on offer,
  // its last line focused, so reading on reaches the options (or the question).
  function openAtDecision(): void {
    redraw();
    const last = transcript.element.querySelector<HTMLElement>('.entry:last-child');
    const offered = whatIsOffered(session!.current);
    (last ?? offered).focus({ preventScroll: true });
    follower.follow(last ?? offered, offered);
  }

  // After the new entries: the question while the options wait behind it, else the options or the ending.
  function whatComesNext(step: Step): string[] {
    if (step.ended) return [ending.textContent ?? ''];
    const ask = main.querySelector('.ask');
    if (ask) return [`${ask.querySelector('h2')?.textContent ?? ''} ${ask.querySelector('.ask-prompt')?.textContent ?? ''}`];
    return choiceLines(step);
  }

  function choiceLines(step: Step): string[] {
    return step.choices.map((c, i) => `Choice ${i + 1}: ${c.text}`);
  }

  function showChoicesOrEnding(step: Step): void {
    // What the learner has now seen, for the kill test: every decision up to here is stored.
    playRoot.dataset.decisionsShown = String(session!.log.events.filter((e) => e.type === 'choice-made' || e.type === 'choice-undone').length);
    main.querySelector('.ask')?.remove();
    if (step.ended && mode === 'assessed') showObservedEnding(ending);
    else if (step.ended) showEnding(ending, session!);
    else if (step.ask && !session!.readyToChoose) askFirst(step);
    else choices.show(step.choices);
    stepBack.update(session!);
  }

  // "What would you say?" comes before the options; in an observed session it must be answered.
  function askFirst(step: Step): void {
    choices.clear();
    const box = askBox(step.ask!, mode === 'assessed', (answer) => {
      if (steps.busy) return;
      if (answer) {
        session!.answer(answer);
        transcript.addAnswer(step.ask!, answer);
      }
      void steps.run(() => {
        choices.show(step.choices);
        choices.element.querySelector('button')?.focus({ preventScroll: true });
        follower.follow(choices.element, choices.element);
        readAloud(choiceLines(step));
      });
    });
    choices.element.before(box);
  }

  // Stored before shown: the choice and the step it leads to are committed, then drawn.
  function choose(index: number): void {
    if (steps.busy || left) return;
    let made;
    try {
      made = session!.choose(index);
    } catch (error) {
      choices.clear();
      return showAuthoringError(transcript, error);
    }
    void steps.run(() => {
      if (left) return;
      choices.clear();
      const turn = [transcript.addChoiceMade(made)];
      if (feedbackNow) turn.push(transcript.addFeedback(made));
      audio.chose(feedbackNow);
      render(session!.current, true, turn);
    });
  }

  // After a resume or a step back: the story so far, from the log, then the decision now on offer.
  function redraw(): void {
    transcript.clear();
    Object.assign(scene, { place: null, speaker: null, mood: null, present: [] });
    const passages = drawHistory(transcript, effectiveEvents(session!.log.events), meta!.cast, feedbackNow);
    for (const passage of passages) updateScene(scene, passage);
    showScene();
    showChoicesOrEnding(session!.current);
  }

  function undo(): void {
    if (steps.busy) return;
    session!.undo();
    choices.waitForSave(null);
    void steps.run(() => {
      if (left) return;
      redraw();
      (choices.element.querySelector<HTMLElement>('button.choice') ?? main.querySelector<HTMLElement>('#ask-heading'))?.focus();
    });
  }

  // Content notes wait for the learner's go-ahead; the screen itself is ready (and can be left) at once.
  if (meta.contentNotes.length > 0 && !options.resume) void beforeYouStart(transcript.element, meta).then(begin);
  else begin();
  return () => {
    left = true;
    saver?.dispose();
    claim?.release();
    stopReading();
    follower.cancel();
    choices.destroy();
    scenery.destroy();
    audio.destroy();
  };
}

function updateScene(scene: SceneState & { present: CastMember[] }, passage: Passage): void {
  const placeBefore = scene.place;
  for (const cue of passage.cues) if (cue.kind === 'background') scene.place = cue.place;
  if (passage.text) {
    scene.speaker = passage.speaker;
    scene.mood = passage.mood;
  }
  scene.present = presentAfter(scene.present, placeBefore, scene.place, passage.text ? passage.speaker : null);
}

// An author's mistake is shown plainly where the story stopped; what was played stays on screen.
function showAuthoringError(transcript: Transcript, error: unknown): void {
  const detail = error instanceof AuthoringError ? error.message : String(error);
  const note = transcript.addNote(`This scenario has a problem and cannot go on. Tell whoever looks after it: ${detail}`, 'entry--error');
  note.setAttribute('role', 'alert');
  if (!(error instanceof AuthoringError)) console.error(error);
}
