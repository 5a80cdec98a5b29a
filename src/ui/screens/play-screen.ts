import { AuthoringError } from '../../narrative/authoring-error';
import type { Passage, Step } from '../../narrative/story-runner';
import { effectiveEvents } from '../../session/effective-path';
import { PlaySession } from '../../session/play-session';
import { pickProfileThen } from '../active-profile';
import { h } from '../dom';
import { keepSaved } from '../play/autosave-hook';
import { ChoiceList } from '../play/choice-list';
import { StepBack } from '../play/step-back';
import { drawHistory } from '../play/transcript-history';
import { Transcript } from '../play/transcript';
import { loadPreferences } from '../preferences';
import { activeProfile } from '../learner-data';
import { routeHref } from '../routes';
import { describeScene } from '../scene-description';
import { mountScenery, type SceneState } from '../scenery-port';
import { loadScenario, scenarioMeta } from '../scenario-source';
import { enterScreen, type Cleanup } from '../screen';
import { newSessionId, newSeed } from '../session-ids';
import { rememberSession } from '../session-registry';

/** A stored session picked up again (resume-screen.ts), and how many of its events are already saved. */
export interface Resumed {
  session: PlaySession;
  storedCount: number;
}

/**
 * Play: the scene above or beside, the conversation and the choices as real page text. Given a
 * resumed session, it carries that one on from where it stopped instead of starting afresh.
 */
export async function playScreen(main: HTMLElement, scenarioId: string, resume?: Resumed): Promise<Cleanup | void> {
  const profile = await activeProfile();
  if (!profile) return pickProfileThen({ screen: 'play', scenarioId });
  const meta = scenarioMeta(scenarioId);
  enterScreen(main, meta?.title ?? 'Scenario not found');
  if (!meta) return showMissing(main, scenarioId);

  const transcript = new Transcript();
  const choices = new ChoiceList((index) => choose(index));
  const stepBack = new StepBack(() => undo());
  const sceneText = h('p', { class: 'scene-description', id: 'scene-description' });
  const stage = h('div', { class: 'stage', role: 'img', 'aria-labelledby': 'scene-description' });
  const ending = h('section', { class: 'ending', hidden: true, 'aria-labelledby': 'ending-heading' });
  main.append(
    h(
      'div',
      { class: 'play' },
      h('div', { class: 'stage-column' }, stage, sceneText),
      h(
        'div',
        { class: 'dialogue' },
        h('h1', { class: 'play-title' }, meta.title),
        ...meta.contentNotes.map((note) => h('p', { class: 'content-note' }, h('strong', {}, 'Content note: '), note)),
        transcript.element,
        choices.element,
        stepBack.element,
        ending,
      ),
    ),
  );

  const scene: SceneState = { place: null, cast: meta.cast, speaker: null, mood: null };
  const scenery = mountScenery(stage, () => stage.classList.add('stage--text-only'));
  const showScene = () => {
    sceneText.textContent = describeScene(scene.place, scene.speaker, scene.mood);
    scenery.show({ ...scene });
  };
  showScene();

  const scenario = await loadScenario(scenarioId);
  if (!scenario) return showMissing(main, scenarioId);
  let session: PlaySession;
  try {
    session = resume?.session ?? PlaySession.start({ scenario, sessionId: newSessionId(), seed: newSeed(), mode: 'practice' });
  } catch (error) {
    return showAuthoringError(transcript, error);
  }
  rememberSession(session.log.started.sessionId, session.log);
  keepSaved(session, profile.id, resume?.storedCount ?? 0);
  // The address now names this attempt, so reloading the page continues it rather than starting anew.
  if (!resume) history.replaceState(history.state, '', routeHref({ screen: 'resume', sessionId: session.log.started.sessionId }));
  const feedbackNow = loadPreferences().feedbackTiming === 'after-each-choice';

  function render(step: Step, focus: boolean): void {
    const first = transcript.addPassages(step.passages);
    for (const passage of step.passages) updateScene(scene, passage);
    showScene();
    showChoicesOrEnding(step);
    if (focus) (step.ended ? ending.querySelector('h2') : first)?.focus();
  }

  function choose(index: number): void {
    try {
      const made = session.choose(index);
      transcript.addChoiceMade(made);
      if (feedbackNow) transcript.addFeedback(made);
      render(session.current, true);
    } catch (error) {
      showAuthoringError(transcript, error);
    }
  }

  function showChoicesOrEnding(step: Step): void {
    if (step.ended) showEnding(ending, session);
    else choices.show(step.choices);
    stepBack.update(session);
  }

  // After a resume or a step back: the story so far, from the log, then the decision now on offer.
  function redraw(): void {
    transcript.clear();
    Object.assign(scene, { place: null, speaker: null, mood: null });
    const passages = drawHistory(transcript, effectiveEvents(session.log.events), meta!.cast, feedbackNow);
    for (const passage of passages) updateScene(scene, passage);
    showScene();
    showChoicesOrEnding(session.current);
  }

  function undo(): void {
    session.undo();
    redraw();
    choices.element.querySelector<HTMLElement>('button.choice')?.focus();
  }

  if (resume) redraw();
  else render(session.current, false);
  return () => {
    choices.destroy();
    scenery.destroy();
  };
}

function updateScene(scene: SceneState, passage: Passage): void {
  for (const cue of passage.cues) if (cue.kind === 'background') scene.place = cue.place;
  if (passage.text) {
    scene.speaker = passage.speaker;
    scene.mood = passage.mood;
  }
}

function showEnding(ending: HTMLElement, session: PlaySession): void {
  const href = routeHref({ screen: 'debrief', sessionId: session.log.started.sessionId });
  ending.replaceChildren(
    h('h2', { id: 'ending-heading', tabindex: -1 }, 'The end of this scenario'),
    h('p', {}, 'See how your choices scored, what each one meant and what else you could have done.'),
    h('a', { class: 'button button--primary', href }, 'See your debrief'),
  );
  ending.hidden = false;
}

function showMissing(main: HTMLElement, scenarioId: string): void {
  main.append(
    h('h1', {}, 'Scenario not found'),
    h('p', {}, `There is no scenario called "${scenarioId}" in this copy of Common Ground.`),
    h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose a scenario'),
  );
}

// An author's mistake is shown plainly where the story stopped; what was played stays on screen.
function showAuthoringError(transcript: Transcript, error: unknown): void {
  const detail = error instanceof AuthoringError ? error.message : String(error);
  const note = transcript.addNote(`This scenario has a problem and cannot go on. Tell whoever looks after it: ${detail}`, 'entry--error');
  note.setAttribute('role', 'alert');
  if (!(error instanceof AuthoringError)) console.error(error);
}
