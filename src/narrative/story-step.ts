import type { AxisScores } from '../core/axes';
import type { Presence } from './presence';
import type { CastMember, Mood, Tag } from './tags';

/*
 * What a story run gives the rest of the game: passages, options and steps. Kept apart from the
 * runner so the vocabulary reads on its own and the runner holds only how a story is run.
 */

/** Presentation cues a line can carry; the player hands them to scenery, sound and the transcript. */
export type Cue = Extract<Tag, { kind: 'background' | 'present' | 'enter' | 'leave' | 'sound' | 'music' | 'class' | 'clear' | 'restart' }> | PictureCue;

/** The cues that say who is in the scene (narrative/presence.ts). */
export type PresenceCue = Extract<Cue, { kind: 'present' | 'enter' | 'leave' }>;

/**
 * An `# IMAGE:` as the game shows it: the author's path (relative to the scenario file) and the
 * words for someone who cannot see it, from `# alt:` on the line or else the line's own text. `alt`
 * is absent only in logs from before version 3, which then fall back to the line's text.
 */
export interface PictureCue {
  kind: 'image';
  src: string;
  alt?: string;
}

export interface Passage {
  text: string;
  speaker: CastMember | null;
  mood: Mood | null;
  cues: Cue[];
  ending: string | null;
  /** A discussion prompt for the room at the next decision (trainer mode only); absent when rebuilt from a log. */
  prompt?: string | null;
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
  /** Why the author scores this option against the scoring rubric on purpose (`#rubric-exception`); absent otherwise. */
  rubricException?: string;
}

/** Everything a runner needs to go back to a moment in the story: ink's own state and what we remember beside it. */
export interface RunnerSnapshot {
  readonly inkState: string;
  readonly ending: string | null;
  /** Who is in the scene: the runner follows it, and the analyzer tells states apart by it. */
  readonly presence: Presence;
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
  /** The author's `#model` answer and `#look-for` points for that question; null when there is no `#ask`. */
  guide: AskGuide | null;
}

/**
 * What the author offers to compare an answer with: a model answer (null if they wrote none, which
 * the analyzer warns about) and the points a strong answer would make, in the order written.
 */
export interface AskGuide {
  model: string | null;
  lookFor: string[];
}
