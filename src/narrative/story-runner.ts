import { Story } from 'inkjs';
import type { AxisScores } from '../scoring/axes';
import { AuthoringError } from './authoring-error';
import { parseScenarioMeta, type ScenarioMeta } from './scenario-meta';
import { parseTag, tagScope, TagSyntaxError, type CastMember, type Mood, type Tag, type TagScope } from './tags';

/** Presentation cues a line can carry; the player hands them to scenery, sound and the transcript. */
export type Cue = Extract<Tag, { kind: 'background' | 'sound' | 'music' | 'image' | 'class' | 'clear' | 'restart' }>;

export interface Passage {
  text: string;
  speaker: CastMember | null;
  mood: Mood | null;
  cues: Cue[];
  ending: string | null;
  /** A discussion prompt for the room at the next decision (trainer mode only). */
  prompt: string | null;
}

export interface ChoiceOption {
  /** ink's own index for this choice; what the session log records. */
  index: number;
  text: string;
  scores: AxisScores | null;
  reason: string | null;
  ksbs: string[];
  /** The author fixed this option's position; it is never shuffled. */
  pinned: boolean;
}

export interface Step {
  passages: Passage[];
  choices: ChoiceOption[];
  ended: boolean;
  /** The `#ending` id met on the way to the end, if the author named one. */
  ending: string | null;
  /** Discussion prompts met since the last decision, for a trainer to put to the room at this one. */
  prompts: string[];
  /** An `#ask` question on the way to this decision: the learner answers it before seeing `choices`. */
  ask: string | null;
}

/**
 * The one door to inkjs: owns a Story, turns its output and tags into typed steps.
 * Nothing else in the app imports inkjs at run time.
 */
export class StoryRunner {
  readonly meta: ScenarioMeta;
  private readonly story: Story;
  private globalTagsPending: string[];
  private ending: string | null = null;
  private ask: { prompt: string; where: string } | null = null;

  constructor(
    readonly scenarioId: string,
    compiledJson: string,
    readonly seed: number,
  ) {
    this.story = new Story(compiledJson);
    this.story.onError = (message: string) => {
      throw new AuthoringError(scenarioId, this.location, `ink runtime error: ${message}`);
    };
    // ink seeds RANDOM and shuffles from this; recording it makes a session replayable.
    this.story.state.storySeed = seed;
    this.story.state.previousRandom = 0;
    const globalTags = this.story.globalTags ?? [];
    this.meta = parseScenarioMeta(scenarioId, globalTags);
    // inkjs repeats the top-of-file tags on the first line. The scenario's own (title, cast…) are
    // not that line's; line tags written above the first line (a #background, say) are.
    this.globalTagsPending = globalTags.filter((raw) => tagScope(raw) === 'global');
  }

  /** Where the story is, as knot.stitch; used to locate authoring errors. */
  get location(): string {
    const path = this.story.state.currentPathString;
    if (path === null) return 'end of story';
    // Numbered and weave segments (0, c-1, g-0, s) are ink's plumbing; authors know knots and stitches.
    const named = path.split('.').filter((part) => !/^(\d+|[cg]-\d+|s\d*)$/.test(part));
    return named.length > 0 ? `passage ${named.join('.')}` : 'the opening';
  }

  /** Runs until the next decision or the end, and says what happened on the way. */
  next(): Step {
    const passages: Passage[] = [];
    const prompts: string[] = [];
    while (this.story.canContinue) {
      const where = this.location;
      const text = (this.story.Continue() ?? '').trim();
      const passage = this.readPassage(text, this.takeLineTags(), where);
      if (passage.ending) this.ending = passage.ending;
      if (passage.prompt) prompts.push(passage.prompt);
      if (passage.text.length > 0 || passage.cues.length > 0) passages.push(passage);
    }
    const choices = this.story.currentChoices.map((choice) => this.readChoice(choice.index, choice.text, choice.tags ?? []));
    const ask = this.ask;
    this.ask = null;
    if (ask && choices.length === 0) throw new AuthoringError(this.scenarioId, ask.where, '#ask must come before a decision, but the story ends here');
    return { passages, choices, ended: choices.length === 0, ending: this.ending, ask: ask?.prompt ?? null, prompts };
  }

  choose(index: number): void {
    const count = this.story.currentChoices.length;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
      throw new RangeError(`choice ${index} is not on offer (there are ${count})`);
    }
    this.story.ChooseChoiceIndex(index);
  }

  private takeLineTags(): string[] {
    const tags = this.story.currentTags ?? [];
    const own = tags.filter((raw) => !this.globalTagsPending.includes(raw));
    this.globalTagsPending = [];
    return own;
  }

  private parse(raw: string, scope: TagScope, where: string): Tag {
    try {
      return parseTag(raw, scope);
    } catch (error) {
      if (error instanceof TagSyntaxError) throw new AuthoringError(this.scenarioId, where, error.message);
      throw error;
    }
  }

  private readPassage(text: string, rawTags: string[], location: string): Passage {
    const where = `${location}, line "${text.slice(0, 40)}"`;
    const passage: Passage = { text, speaker: null, mood: null, cues: [], ending: null, prompt: null };
    for (const raw of rawTags) {
      const tag = this.parse(raw, 'line', where);
      switch (tag.kind) {
        case 'speaker': passage.speaker = this.castMember(tag.castId, where); break;
        case 'mood': passage.mood = tag.mood; break;
        case 'ending': passage.ending = tag.ending; break;
        case 'prompt': passage.prompt = tag.text; break;
        case 'ask':
          if (this.ask) throw new AuthoringError(this.scenarioId, where, 'only one #ask can come before a decision');
          this.ask = { prompt: tag.prompt, where };
          break;
        case 'background': case 'sound': case 'music': case 'image': case 'class': case 'clear': case 'restart':
          passage.cues.push(tag);
          break;
        default: throw new AuthoringError(this.scenarioId, where, `#${tag.kind} cannot stand on a line`);
      }
    }
    if (passage.mood && !passage.speaker) {
      throw new AuthoringError(this.scenarioId, where, '#mood needs a #speaker on the same line');
    }
    return passage;
  }

  private readChoice(index: number, text: string, rawTags: string[]): ChoiceOption {
    const where = `${this.location}, choice "${text.slice(0, 40)}"`;
    const option: ChoiceOption = { index, text: text.trim(), scores: null, reason: null, ksbs: [], pinned: false };
    for (const raw of rawTags) {
      const tag = this.parse(raw, 'choice', where);
      switch (tag.kind) {
        case 'score': option.scores = tag.scores; break;
        case 'reason': option.reason = tag.text; break;
        case 'ksb': option.ksbs.push(...tag.codes); break;
        case 'pin': option.pinned = true; break;
        default: throw new AuthoringError(this.scenarioId, where, `#${tag.kind} cannot stand on a choice`);
      }
    }
    return option;
  }

  private castMember(castId: string, where: string): CastMember {
    const member = this.meta.cast.find((m) => m.id === castId);
    if (!member) {
      throw new AuthoringError(this.scenarioId, where, `speaker "${castId}" is not in the cast; add "#cast: ${castId} | Name | role" at the top`);
    }
    return member;
  }
}
