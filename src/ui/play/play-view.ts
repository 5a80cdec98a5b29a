import { AuthoringError } from '../../narrative/authoring-error';
import type { ScenarioMeta } from '../../narrative/scenario-meta';
import type { Step } from '../../narrative/story-runner';
import { effectiveEvents } from '../../scoring/effective-path';
import type { PlaySession } from '../../session/play-session';
import type { EventOf, SessionMode } from '../../session/session-events';
import { h } from '../dom';
import { readAloud, readAloudControls, stopReading } from '../services/read-aloud';
import { askBox } from './ask-box';
import { ChoiceList } from './choice-list';
import { showEnding, showObservedEnding } from './ending-panel';
import { TurnFollower } from './follow-turn';
import { stagger } from './reveal';
import { sceneAudio } from './scene-audio';
import { StageView } from './stage-view';
import { ReadingScene } from './reading-scene';
import { StepBack } from './step-back';
import { Transcript } from './transcript';
import { drawHistory } from './transcript-history';
import { stepOutControl } from './wellbeing';

/** What the learner did on the play screen; play-controller.ts turns each into a step of the session. */
export type PlayCommand =
  | { kind: 'choose'; index: number }
  | { kind: 'answer'; text: string | null }
  | { kind: 'undo' }
  | { kind: 'step-out' }
  | { kind: 'step-in' };

interface PlayViewOptions {
  mode: SessionMode;
  /** Feedback on each choice as it is made (practice with that preference), else only in the debrief. */
  feedbackNow: boolean;
  revealSpeed: Parameters<typeof stagger>[1];
}

/**
 * The play screen: the scene beside the conversation, the question or the options under it, and
 * the ending when there is one. It draws what the session holds and forwards what the learner does.
 */
export class PlayView {
  readonly transcript = new Transcript();
  private readonly choices: ChoiceList;
  private readonly stepBack: StepBack;
  private readonly follower = new TurnFollower();
  private readonly stage: StageView;
  private readonly reading: ReadingScene;
  private readonly ending = h('section', { class: 'ending', hidden: true, 'aria-labelledby': 'ending-heading' });
  private readonly root: HTMLElement;
  private readonly audio;

  constructor(
    private readonly main: HTMLElement,
    private readonly meta: ScenarioMeta,
    private readonly options: PlayViewOptions,
    private readonly dispatch: (command: PlayCommand) => void,
  ) {
    this.choices = new ChoiceList((index) => dispatch({ kind: 'choose', index }));
    this.stepBack = new StepBack(() => dispatch({ kind: 'undo' }));
    this.stage = new StageView(meta.cast);
    this.reading = new ReadingScene(this.stage);
    const stepOut = stepOutControl(() => dispatch({ kind: 'step-out' }), () => dispatch({ kind: 'step-in' }));
    const heading = h('div', { class: 'play-heading' }, h('h1', { class: 'play-title' }, meta.title), readAloudControls(), stepOut);
    const dialogue = h('div', { class: 'dialogue' }, heading, this.transcript.element, this.choices.element, this.stepBack.element, this.ending);
    this.root = main.appendChild(h('div', { class: 'play' }, this.stage.element, dialogue));
    this.audio = sceneAudio(main, { mode: options.mode });
  }

  /** A step's new passages, then its question, options or ending. `turn` holds the entries for the choice just made. */
  showStep(session: PlaySession, focus: boolean, turn: HTMLElement[] = []): void {
    const step = session.current;
    // One passage at a time, so the scene knows which entry each passage wrote.
    const written = step.passages.map((passage) => this.transcript.addPassages([passage]));
    const added = written.flat();
    this.reading.follow(step.passages, written.map((entries) => entries.at(-1) ?? null));
    this.audio.show(step);
    this.showChoicesOrEnding(session);
    stagger([...added, step.ended ? this.ending : this.choices.element], this.options.revealSpeed);
    const fresh = [...turn, ...added];
    readAloud([...fresh.map((e) => e.textContent ?? ''), ...this.whatComesNext(step)]);
    // See transcript.ts: focus is the one announcement route, so it goes to the first new entry.
    // The page then scrolls to it (follow-turn.ts), not the browser's jump to the focus.
    if (!focus) return;
    (fresh[0] ?? (step.ended ? this.ending.querySelector('h2') : this.main.querySelector<HTMLElement>('#ask-heading')))?.focus({ preventScroll: true });
    this.follower.follow(fresh[0] ?? this.whatIsOffered(step), this.whatIsOffered(step));
  }

  /** The choice just made (and its feedback, when that shows now), then the step it led to. */
  showChoiceMade(session: PlaySession, made: EventOf<'choice-made'>): void {
    this.choices.clear();
    const turn = [this.transcript.addChoiceMade(made)];
    if (this.options.feedbackNow) turn.push(this.transcript.addFeedback(made));
    this.audio.chose(this.options.feedbackNow);
    this.showStep(session, true, turn);
  }

  /** The learner's own words, in the conversation at once (they typed them; nothing waits on a result). */
  echoAnswer(prompt: string, text: string): void {
    this.transcript.addAnswer(prompt, text);
  }

  /** After "What would you say?": the options it was holding back. */
  showOptions(step: Step): void {
    this.choices.show(step.choices);
    this.choices.element.querySelector('button')?.focus({ preventScroll: true });
    this.follower.follow(this.choices.element, this.choices.element);
    readAloud(choiceLines(step));
  }

  /** A choice, an answer or a step back is being stored: the picture keeps still until its result shows. */
  holdScene(): void {
    this.stage.hold();
  }

  /** The result is on screen (or will not come): the picture catches up. */
  releaseScene(): void {
    this.stage.release();
  }

  /** A step back was asked for: the options wait, marked as saving, until it is stored. */
  waitForUndo(): void {
    this.choices.waitForSave(null);
  }

  /** After a resume or a step back: the story so far, from the log, then the decision now on offer. */
  redraw(session: PlaySession): void {
    this.transcript.clear();
    this.reading.discard();
    this.stage.reset(drawHistory(this.transcript, effectiveEvents(session.log.events), this.meta.cast, this.options.feedbackNow));
    this.showChoicesOrEnding(session);
  }

  /** After a step back: focus on the first option (or the question) of the decision offered again. */
  focusDecision(): void {
    (this.choices.element.querySelector<HTMLElement>('button.choice') ?? this.main.querySelector<HTMLElement>('#ask-heading'))?.focus();
  }

  // After a reload or resume: the story so far, then the page opens at the decision now on offer,
  // its last line focused, so reading on reaches the options (or the question).
  openAtDecision(session: PlaySession): void {
    this.redraw(session);
    const last = this.transcript.element.querySelector<HTMLElement>('.entry:last-child');
    const offered = this.whatIsOffered(session.current);
    (last ?? offered).focus({ preventScroll: true });
    this.follower.follow(last ?? offered, offered);
  }

  /** Another tab carries on this attempt: nothing more can be chosen here, and the page says so. */
  showHandedOver(): void {
    this.stopChoosing();
    const note = this.transcript.addNote('This attempt now continues in another tab or window. Nothing more is saved here; you can close this tab.', 'entry--handed-over');
    note.setAttribute('role', 'alert');
    note.scrollIntoView({ block: 'nearest' });
  }

  // An author's mistake is shown plainly where the story stopped; what was played stays on screen.
  showAuthoringError(error: unknown): void {
    this.choices.clear();
    const detail = error instanceof AuthoringError ? error.message : String(error);
    const note = this.transcript.addNote(`This scenario has a problem and cannot go on. Tell whoever looks after it: ${detail}`, 'entry--error');
    note.setAttribute('role', 'alert');
    if (!(error instanceof AuthoringError)) console.error(error);
  }

  destroy(): void {
    stopReading();
    this.follower.cancel();
    this.choices.destroy();
    this.reading.destroy();
    this.stage.destroy();
    this.audio.destroy();
  }

  private stopChoosing(): void {
    this.choices.clear();
    this.stepBack.element.hidden = true;
    this.main.querySelector('.ask')?.remove();
  }

  private showChoicesOrEnding(session: PlaySession): void {
    const step = session.current;
    // What the learner has now seen, for the kill test: every decision up to here is stored.
    this.root.dataset.decisionsShown = String(session.log.events.filter((e) => e.type === 'choice-made' || e.type === 'choice-undone').length);
    this.main.querySelector('.ask')?.remove();
    if (step.ended && this.options.mode === 'assessed') showObservedEnding(this.ending);
    else if (step.ended) showEnding(this.ending, session);
    else if (step.ask && !session.readyToChoose) this.askFirst(step);
    else this.choices.show(step.choices);
    this.stepBack.update(session);
  }

  // "What would you say?" comes before the options; in an observed session it must be answered.
  private askFirst(step: Step): void {
    this.choices.clear();
    const box = askBox(step.ask!, this.options.mode === 'assessed', (text) => this.dispatch({ kind: 'answer', text: text || null }));
    this.choices.element.before(box);
  }

  // What the learner acts on next: the ending, the "What would you say?" question, or the options.
  private whatIsOffered(step: Step): HTMLElement {
    return step.ended ? this.ending : (this.main.querySelector<HTMLElement>('.ask') ?? this.choices.element);
  }

  // After the new entries: the question while the options wait behind it, else the options or the ending.
  private whatComesNext(step: Step): string[] {
    if (step.ended) return [this.ending.textContent ?? ''];
    const ask = this.main.querySelector('.ask');
    if (ask) return [`${ask.querySelector('h2')?.textContent ?? ''} ${ask.querySelector('.ask-prompt')?.textContent ?? ''}`];
    return choiceLines(step);
  }
}

function choiceLines(step: Step): string[] {
  return step.choices.map((c, i) => `Choice ${i + 1}: ${c.text}`);
}
