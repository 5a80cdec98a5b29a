import { Story } from 'inkjs';
import { AuthoringError } from './authoring-error';
import { parseScenarioMeta, type ScenarioMeta } from './scenario-meta';
import { limitStepTime, type StoryInternals } from './ink-internals';
import type { InkStateView } from './ink-state-view';
import { describePictures, RESTART_NOT_AT_END } from './line-pictures';
import { choiceOption } from './choice-option';
import { NOBODY_YET, presenceAfter, type Presence } from './presence';
import type { AskGuide, ChoiceOption, Cue, Passage, RunnerSnapshot, Step } from './story-step';
import { parseTag, tagScope, TagSyntaxError, type CastMember, type Tag, type TagScope } from './tags';

export type { AskGuide, ChoiceOption, Cue, Passage, PictureCue, RunnerSnapshot, Step } from './story-step';

/** Options for tools that run a story without a player, such as the scenario analyzer. The game passes none. */
interface RunnerOptions {
  /**
   * Authoring mistakes and ink runtime errors are handed here instead of being thrown, and the story
   * goes on past them: a bad tag is skipped, a runtime error ends the story.
   */
  onProblem?: (problem: AuthoringError) => void;
  /** Told the ink path (e.g. "knot.stitch") of every named container the story enters. */
  onEnter?: (path: string) => void;
  /** Binds a stand-in returning 0 for every EXTERNAL function that has no ink fallback. */
  standInExternals?: boolean;
}

/**
 * The most lines one step may print before the runner calls it a loop: far more than any passage
 * between two decisions, few enough to stop at once.
 */
export const MAX_LINES_PER_STEP = 2_000;
/** The most time one step may take; catches a loop that prints nothing, which no line count sees. */
export const MAX_MS_PER_STEP = 5_000;
/** How a runaway step is reported; tools match on it. */
export const ENDLESS_STEP = 'this part loops with no choice';
/** inkjs's ErrorType.Error; its other types are warnings and author TODOs. */
const INK_ERROR = 2;

/**
 * The one door to inkjs: owns a Story, turns its output and tags into typed steps.
 * Nothing else in the app imports inkjs at run time.
 */
export class StoryRunner {
  readonly meta: ScenarioMeta;
  readonly globalTags: readonly string[];
  /** EXTERNAL functions that got a stand-in because the story has no ink fallback for them. */
  readonly standIns: readonly string[];
  private readonly story: Story;
  private globalTagsPending: string[];
  private ending: string | null = null;
  private ask: { prompt: string; where: string; guide: AskGuide } | null = null;
  /** True from an `#ask` line until the next line of text: `#model` and `#look-for` may stand there. */
  private askLineOpen = false;
  /** The text of the choice taken last, to name a line that has no text of its own. */
  private lastChoice: string | null = null;
  /** When the step being run must stop (MAX_MS_PER_STEP), and whether it had to. */
  private deadline = Infinity;
  private readonly ranOutOfTime: () => boolean;
  /** Tags parsed before, by scope and text: a story offers the same options again and again. */
  private readonly parsed = new Map<string, Tag>();
  /** Who is in the scene (narrative/presence.ts); ink knows nothing of it, so snapshots keep it. */
  private room: Presence = NOBODY_YET;

  constructor(
    readonly scenarioId: string,
    compiledJson: string,
    readonly seed: number,
    private readonly options: RunnerOptions = {},
  ) {
    this.story = new Story(compiledJson);
    // One rule everywhere: an ink warning is a warning (the story plays on; tools are told), an ink
    // error is an authoring error that stops the story in the game and fails the build.
    this.story.onError = (message: string, type: number) => {
      if (type === INK_ERROR) this.problem(this.location, `ink runtime error: ${message}`);
      else this.options.onProblem?.(new AuthoringError(this.scenarioId, this.location, `ink runtime warning: ${message}`));
    };
    // The game binds no functions of its own, so an EXTERNAL runs its ink fallback, as it does in Inky.
    this.story.allowExternalFunctionFallbacks = true;
    this.standIns = options.standInExternals ? this.bindStandIns() : [];
    this.ranOutOfTime = limitStepTime(this.story as unknown as StoryInternals, () => this.deadline);
    if (options.onEnter) this.reportEnteredContainers(options.onEnter);
    // ink seeds RANDOM and shuffles from this; recording it makes a session replayable.
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    this.globalTags = this.story.globalTags ?? [];
    this.meta = this.readMeta(this.globalTags);
    // inkjs repeats the top-of-file tags on the first line. The scenario's own (title, cast…) are
    // not that line's; line tags written above the first line (a #background, say) are.
    this.globalTagsPending = this.globalTags.filter((raw) => tagScope(raw) === 'global');
  }

  /**
   * Everything needed to come back to this moment; taken between steps. ink clears the text it has
   * shown before the next line, so it is left out: that halves the cost of writing the state.
   */
  snapshot(): RunnerSnapshot {
    this.story.state.ResetOutput();
    return { inkState: this.story.state.ToJson(), ending: this.ending, presence: this.room };
  }

  get presence(): Presence {
    return this.room;
  }

  /** ink's live state, to be read and never changed: lets the analyzer tell states apart without a snapshot. */
  stateView(): InkStateView {
    return this.story.state as unknown as InkStateView;
  }

  restore(snapshot: RunnerSnapshot): void {
    this.story.state.LoadJson(snapshot.inkState);
    this.ending = snapshot.ending;
    this.room = snapshot.presence;
    this.globalTagsPending = [];
  }

  /**
   * How the story stopped once a step has ended: at an ink `END`, or at a `DONE` (or the end of the
   * file, which ink treats as DONE). A runtime error also reads as END; onProblem says which it was.
   */
  get stoppedAt(): 'END' | 'DONE' | null {
    if (this.story.canContinue || this.story.currentChoices.length > 0) return null;
    // END clears ink's pointers; DONE leaves the previous one where the story stopped.
    return this.story.state.previousPointer.isNull ? 'END' : 'DONE';
  }

  /** Where the story is, as knot.stitch; used to locate authoring errors. */
  get location(): string {
    return this.placeNow()();
  }

  /**
   * Where the story is now, named only if asked: naming costs a path built and joined, and is needed
   * only for an error. At a decision ink has no current position, only the one it stopped at.
   */
  private placeNow(): () => string {
    const { currentPointer, previousPointer } = this.story.state;
    const pathOf = (pointer: typeof currentPointer) => (pointer.isNull ? null : (pointer.path?.toString() ?? null));
    return () => placeName(pathOf(currentPointer) ?? pathOf(previousPointer));
  }

  /** Runs until the next decision or the end, and says what happened on the way. */
  next(): Step {
    const passages: Passage[] = [];
    const prompts: string[] = [];
    this.deadline = Date.now() + MAX_MS_PER_STEP;
    for (let lines = 0; this.story.canContinue; lines++) {
      const place = this.placeNow();
      if (lines >= MAX_LINES_PER_STEP) return this.endlessStep(place, `it printed ${MAX_LINES_PER_STEP.toLocaleString('en-GB')} lines without offering a choice`);
      const text = this.continueOneLine();
      if (text === null) return this.endlessStep(place, `it ran for ${MAX_MS_PER_STEP / 1000} seconds without offering a choice`);
      const where = () => `${place()}, ${this.lineName(text)}`;
      const passage = this.readPassage(text, this.takeLineTags(), where);
      this.followRoom(passage, where);
      if (passage.ending) this.ending = passage.ending;
      if (passage.prompt) prompts.push(passage.prompt);
      if (passage.text.length > 0 || passage.cues.length > 0) passages.push(passage);
    }
    const choices = this.story.currentChoices.map((choice) => this.readChoice(choice.index, choice.text, choice.tags ?? []));
    if (choices.length > 0 && passages.some((p) => p.cues.some((c) => c.kind === 'restart'))) this.problem(this.location, RESTART_NOT_AT_END);
    const ask = this.ask;
    this.ask = null;
    this.askLineOpen = false;
    if (ask && choices.length === 0) this.problem(ask.where, '#ask must come before a decision, but the story ends here');
    return { passages, choices, ended: choices.length === 0, ending: this.ending, ask: ask?.prompt ?? null, guide: ask?.guide ?? null, prompts };
  }

  // An #enter of someone already in the scene, or a #leave of someone not in it, is the author's to fix.
  private followRoom(passage: Passage, where: () => string): void {
    const { presence, problems } = presenceAfter(this.room, { cues: passage.cues, speakerId: passage.text ? (passage.speaker?.id ?? null) : null });
    this.room = presence;
    for (const problem of problems) this.problem(where, problem);
  }

  // A tag after a choice's brackets sits on an empty line: the choice before it is how to find it.
  private lineName(text: string): string {
    if (text) return `line "${text.slice(0, 40)}"`;
    return this.lastChoice ? `the line after choice "${this.lastChoice.slice(0, 40)}"` : 'an empty line';
  }

  /** One line of text, or null when the step has run out of time inside it. */
  private continueOneLine(): string | null {
    try {
      this.story.Continue();
    } catch (error) {
      if (error instanceof AuthoringError) throw error;
      // inkjs throws some errors past onError (a division by zero, say): still the author's to fix.
      this.problem(this.location, `ink runtime error: ${error instanceof Error ? error.message : String(error)}`);
      this.stopStory();
      return '';
    }
    if (this.ranOutOfTime()) return null;
    return (this.story.currentText ?? '').trim();
  }

  private endlessStep(place: () => string, why: string): Step {
    this.problem(place, `${ENDLESS_STEP} (${why}): add a choice, an END or a DONE to the loop`);
    this.stopStory();
    this.ask = null;
    return { passages: [], choices: [], ended: true, ending: this.ending, ask: null, guide: null, prompts: [] };
  }

  // Leaves ink stopped with nothing on offer, so a tool that was told of the problem can go on
  // from another saved state. inkjs keeps "mid-continue" in a private flag that a load does not reset.
  private stopStory(): void {
    (this.story as unknown as { _asyncContinueActive: boolean })._asyncContinueActive = false;
    this.story.state.ForceEnd();
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`choice ${index} is not on offer (there are ${count})`);
    }
    this.lastChoice = this.story.currentChoices[index]!.text.trim();
    this.story.ChooseChoiceIndex(index);
  }

  private problem(where: string | (() => string), detail: string): void {
    const error = new AuthoringError(this.scenarioId, typeof where === 'string' ? where : where(), detail);
    if (!this.options.onProblem) throw error;
    this.options.onProblem(error);
  }

  private readMeta(globalTags: readonly string[]): ScenarioMeta {
    try {
      return parseScenarioMeta(this.scenarioId, globalTags);
    } catch (error) {
      if (!(error instanceof AuthoringError) || !this.options.onProblem) throw error;
      this.options.onProblem(error);
      // A stand-in, so a tool can go on to look at the rest of a scenario whose top is wrong.
      return { id: this.scenarioId, title: this.scenarioId, family: 'tutorial', minutes: 1, summary: '', strand: null, cast: [], contentNotes: [], debriefQuestions: [], roleCards: [] };
    }
  }

  private bindStandIns(): string[] {
    const missing = new Set<string>();
    this.story.ValidateExternalBindings(this.story.mainContentContainer, missing);
    for (const name of missing) this.story.BindExternalFunction(name, () => 0, true);
    return [...missing].sort();
  }

  // inkjs calls VisitContainer for every container the story steps or diverts into, counted or not.
  private reportEnteredContainers(onEnter: (path: string) => void): void {
    const visit = this.story.VisitContainer.bind(this.story);
    this.story.VisitContainer = (container, atStart) => {
      if (container.name !== null) onEnter(container.path.toString());
      visit(container, atStart);
    };
  }

  private takeLineTags(): string[] {
    const tags = this.story.currentTags ?? [];
    const own = tags.filter((raw) => !this.globalTagsPending.includes(raw));
    this.globalTagsPending = [];
    return own;
  }

  /** The tag, or null when it is wrong and a tool asked to hear about problems rather than stop. */
  private parse(raw: string, scope: TagScope, where: () => string): Tag | null {
    const key = `${scope}\u0000${raw}`;
    const known = this.parsed.get(key);
    if (known) return known;
    try {
      const tag = parseTag(raw, scope);
      this.parsed.set(key, tag);
      return tag;
    } catch (error) {
      if (!(error instanceof TagSyntaxError)) throw error;
      this.problem(where, error.message);
      return null;
    }
  }

  /** `where` names the line for an error message; it is only worked out if there is one. */
  private readPassage(text: string, rawTags: string[], where: () => string): Passage {
    const passage: Passage = { text, speaker: null, mood: null, cues: [], ending: null, prompt: null };
    const guideTags: Tag[] = [];
    const alts: string[] = [];
    let askOnThisLine = false;
    for (const raw of rawTags) {
      const tag = this.parse(raw, 'line', where);
      if (!tag) continue;
      switch (tag.kind) {
        case 'speaker': passage.speaker = this.castMember(tag.castId, where); break;
        case 'mood': passage.mood = tag.mood; break;
        case 'ending': passage.ending = tag.ending; break;
        case 'prompt': passage.prompt = tag.text; break;
        case 'ask':
          if (this.ask) this.problem(where, 'only one #ask can come before a decision');
          else this.ask = { prompt: tag.prompt, where: where(), guide: { model: null, lookFor: [] } };
          this.askLineOpen = true;
          askOnThisLine = true;
          break;
        case 'model': case 'look-for': guideTags.push(tag); break;
        case 'background': case 'present': case 'enter': case 'leave':
        case 'sound': case 'music': case 'class': case 'clear': case 'restart':
          passage.cues.push(tag);
          break;
        // A copy: the parsed tag is shared, and the picture is given its words below.
        case 'image': passage.cues.push({ ...tag }); break;
        case 'alt': alts.push(tag.text); break;
        default: this.problem(where, `#${tag.kind} cannot stand on a line`);
      }
    }
    for (const problem of describePictures(passage, alts)) this.problem(where, problem);
    if (passage.mood && !passage.speaker) {
      this.problem(where, '#mood needs a #speaker on the same line');
      passage.mood = null;
    }
    // A line of text after the #ask line closes it; tag-only lines straight after it (which ink
    // gives as empty lines) still belong to it, so a long model answer can have a line of its own.
    if (text.length > 0 && !askOnThisLine) this.askLineOpen = false;
    for (const tag of guideTags) this.addToGuide(tag, where);
    return passage;
  }

  private addToGuide(tag: Tag, where: () => string): void {
    if (!this.ask || !this.askLineOpen) {
      this.problem(where, `#${tag.kind} belongs to an #ask: put it on the #ask line (or on a tag line straight after it)`);
      return;
    }
    if (tag.kind === 'model') {
      if (this.ask.guide.model !== null) this.problem(where, 'only one #model can go with an #ask');
      else this.ask.guide.model = tag.text;
    } else if (tag.kind === 'look-for') {
      this.ask.guide.lookFor.push(tag.text);
    }
  }

  private readChoice(index: number, text: string, rawTags: string[]): ChoiceOption {
    const where = () => `${this.location}, choice "${text.slice(0, 40)}"`;
    const tags = rawTags.map((raw) => this.parse(raw, 'choice', where)).filter((tag): tag is Tag => tag !== null);
    return choiceOption(index, text, tags, (detail) => this.problem(where, detail));
  }

  private castMember(castId: string, where: () => string): CastMember | null {
    const member = this.meta.cast.find((m) => m.id === castId);
    if (!member) this.problem(where, `speaker "${castId}" is not in the cast; add "#cast: ${castId} = Name, role" at the top`);
    return member ?? null;
  }
}

/** A place as authors know it: knots and stitches, without ink's numbered and weave segments (0, c-1, g-0, s). */
function placeName(path: string | null): string {
  if (path === null) return 'end of story';
  const named = path.split('.').filter((part) => !/^(\d+|[cg]-\d+|s\d*)$/.test(part));
  return named.length > 0 ? `passage ${named.join('.')}` : 'the opening';
}
