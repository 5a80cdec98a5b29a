import { withArticle } from '../core/english';
import type { CompiledScenario } from '../content/compiled-scenario';
import { StoryRunner, type ChoiceOption, type Step } from '../narrative/story-runner';
import type { AxisScores } from '../core/axes';
import { effectiveEvents } from '../scoring/effective-path';
import { sumScores, zeroScores } from '../scoring/scores';
import { displayOrder } from './option-order';
import type { EventOf, SessionEvent, SessionMode, Undoer } from './session-events';
import { SessionLog, type Clock } from './session-log';

export interface StartOptions {
  scenario: CompiledScenario;
  sessionId: string;
  seed: number;
  mode: SessionMode;
  clock?: Clock;
}

/** What a replay hands over when a stored session carries on (see continueLog). */
interface Position {
  runner: StoryRunner;
  step: Step;
  path: EventOf<'choice-made'>[];
  decisionsOffered: number;
}

/**
 * One play-through: drives the story and writes everything that happens to the session log.
 * The log is the record; this object only holds what it needs to take the next step.
 */
export class PlaySession {
  private runner: StoryRunner;
  private step: Step;
  /** The choices in effect now, after any step back or rewind. */
  private path: EventOf<'choice-made'>[];
  private offeredAt: Date;
  private decisionsOffered: number;
  private offeredSeq = 0;
  private answered = false;

  /** Starts the story from the top, unless `adopted` hands over one already under way. */
  private constructor(
    private readonly scenario: CompiledScenario,
    readonly log: SessionLog,
    private readonly clock: Clock,
    adopted?: Position,
  ) {
    this.offeredAt = clock();
    this.runner = adopted?.runner ?? this.newRunner();
    this.path = adopted ? [...adopted.path] : [];
    this.decisionsOffered = adopted?.decisionsOffered ?? 0;
    this.step = adopted?.step ?? this.advance();
    if (adopted) this.noteLatestOffer();
  }

  static start(options: StartOptions): PlaySession {
    const clock = options.clock ?? (() => new Date());
    const log = new SessionLog(clock);
    log.append({
      type: 'session-started',
      sessionId: options.sessionId,
      scenarioId: options.scenario.id,
      scenarioHash: options.scenario.hash,
      seed: options.seed,
      mode: options.mode,
    });
    return new PlaySession(options.scenario, log, clock);
  }

  /**
   * Carries on a replayed session in its original log: the recorded events stay as they were and
   * whatever the replay produced past them (the passages a crash cut off) is appended, so the log
   * reads as if play had never stopped. `missing` are those events (replay.ts works them out).
   */
  static continueLog(replayed: PlaySession, recorded: readonly SessionEvent[], missing: readonly SessionEvent[], clock: Clock = () => new Date()): PlaySession {
    const log = SessionLog.fromEvents(recorded, clock);
    for (const event of missing) log.append(withoutStamp(event));
    return new PlaySession(replayed.scenario, log, clock, {
      runner: replayed.runner,
      step: replayed.step,
      path: replayed.path,
      decisionsOffered: replayed.decisionsOffered,
    });
  }

  /** The latest step: the passages since the last choice and the choices now on offer, in display order. */
  get current(): Step {
    return this.step;
  }

  get ended(): boolean {
    return this.step.ended;
  }

  get scores(): AxisScores {
    return sumScores(this.path.map((choice) => choice.scores));
  }

  /** How many choices count now (after any step back or rewind). */
  get decisionsMade(): number {
    return this.path.length;
  }

  get meta() {
    return this.runner.meta;
  }

  get mode(): SessionMode {
    return this.log.started.mode;
  }

  /** The learner has answered this decision's `#ask` question, or it has none: the options can be shown. */
  get readyToChoose(): boolean {
    return this.step.ask === null || this.answered;
  }

  /**
   * Records the learner's own words for the current decision's `#ask` question. Called before the
   * options are shown; whether an answer is required is the caller's choice (it is in assessed mode).
   */
  answer(text: string): EventOf<'answer-given'> {
    const prompt = this.step.ask;
    if (prompt === null || this.step.ended) throw new RangeError('this decision asks no question');
    if (this.answered) throw new RangeError('this question has already been answered');
    if (text.trim().length === 0) throw new RangeError('an answer needs some words');
    this.answered = true;
    const guide = this.step.guide ? { guide: this.step.guide } : {};
    return this.log.append({ type: 'answer-given', offeredSeq: this.offeredSeq, prompt, text: text.trim(), ...guide }) as EventOf<'answer-given'>;
  }

  choose(index: number): EventOf<'choice-made'> {
    const option = this.step.choices.find((c) => c.index === index);
    if (!option) throw new RangeError(`choice ${index} is not on offer`);
    this.runner.choose(index);
    const made = this.log.append({
      type: 'choice-made',
      index,
      text: option.text,
      scores: option.scores ?? zeroScores(),
      reason: option.reason,
      ksbs: option.ksbs,
      elapsedMs: Math.max(0, this.clock().getTime() - this.offeredAt.getTime()),
    }) as EventOf<'choice-made'>;
    this.path.push(made);
    this.step = this.advance();
    return made;
  }

  /** Whether `undo(by)` would be accepted now: a learner steps back only in practice, never past the end. */
  canUndo(by: Undoer = 'learner'): boolean {
    if (by === 'learner' && this.mode !== 'practice') return false;
    return !this.ended && this.path.length > 0;
  }

  /**
   * Takes back the latest choice still in effect. The story is rebuilt from the start with the
   * choices before it (same seed, so the same text), and the log gains a `choice-undone`; nothing
   * is erased. After it, `current` is the decision as it was offered before that choice, in the
   * same order it was shown then.
   */
  undo(by: Undoer = 'learner'): EventOf<'choice-undone'> {
    if (!this.canUndo(by)) throw new RangeError(by === 'learner' && this.mode !== 'practice' ? `a learner cannot step back in ${withArticle(this.mode)} session` : 'there is no choice to step back from');
    const undone = this.path.at(-1)!;
    const step = this.rebuild(this.path.slice(0, -1));
    const event = this.log.append({ type: 'choice-undone', undoneSeq: undone.seq, by }) as EventOf<'choice-undone'>;
    this.step = { ...step, choices: this.orderAsLastOffered(step.choices) };
    this.noteLatestOffer();
    this.offeredAt = this.clock();
    return event;
  }

  /**
   * A trainer goes back to decision `toDecision` (0 is the first) to explore the road not taken.
   * The later choices stay in the log as an explored branch; the decision is offered again.
   */
  rewind(toDecision: number, reason: EventOf<'rewound'>['reason']): void {
    if (!Number.isInteger(toDecision) || toDecision < 0 || toDecision >= this.path.length) {
      throw new RangeError(`cannot go back to decision ${toDecision + 1}: only ${this.path.length} made`);
    }
    const step = this.rebuild(this.path.slice(0, toDecision));
    this.log.append({ type: 'rewound', toDecision, reason });
    // The rebuilt step, not a fresh one: the runner has already read this decision's lines and #ask.
    this.step = this.advance({ quiet: true, from: step });
  }

  /** ink cannot run backwards: run the story again from the top through the choices that still count. */
  private rebuild(kept: EventOf<'choice-made'>[]): Step {
    this.runner = this.newRunner();
    let step = this.runner.next();
    for (const choice of kept) {
      this.runner.choose(choice.index);
      step = this.runner.next();
    }
    this.path = kept;
    return step;
  }

  private orderAsLastOffered(choices: ChoiceOption[]): ChoiceOption[] {
    const offered = effectiveEvents(this.log.events).findLast((e) => e.type === 'choices-offered');
    if (offered?.type !== 'choices-offered') return choices;
    const position = new Map(offered.choices.map((c, i) => [c.index, i]));
    return [...choices].sort((a, b) => (position.get(a.index) ?? 0) - (position.get(b.index) ?? 0));
  }

  /** Which offer the learner is answering, and whether they already answered it (after a resume). */
  private noteLatestOffer(): void {
    const events = this.log.events;
    const offered = events.findLast((e) => e.type === 'choices-offered');
    this.offeredSeq = offered?.seq ?? 0;
    this.answered = events.some((e) => e.type === 'answer-given' && e.offeredSeq === this.offeredSeq);
  }

  private newRunner(): StoryRunner {
    return new StoryRunner(this.scenario.id, this.scenario.json, this.log.started.seed);
  }

  /**
   * `quiet` after a rewind: the passages were shown before, so only the decision is offered again.
   * `from` is a step the runner has already produced (after a rebuild) instead of reading on.
   */
  private advance({ quiet = false, from }: { quiet?: boolean; from?: Step } = {}): Step {
    const raw = from ?? this.runner.next();
    const step = { ...raw, choices: displayOrder(raw.choices, this.log.started.seed, this.decisionsOffered) };
    for (const passage of quiet ? [] : step.passages) {
      this.log.append({
        type: 'passage-shown',
        text: passage.text,
        speakerId: passage.speaker?.id ?? null,
        mood: passage.mood,
        cues: passage.cues,
      });
    }
    if (step.ended) {
      this.log.append({ type: 'session-ended', ending: step.ending, totals: this.scores });
    } else {
      const offeredEvent = this.log.append({ type: 'choices-offered', choices: step.choices.map(offered), ...(step.ask ? { ask: step.ask } : {}), ...(step.guide ? { guide: step.guide } : {}) });
      this.offeredSeq = offeredEvent.seq;
      this.answered = false;
      this.offeredAt = this.clock();
      this.decisionsOffered++;
    }
    return step;
  }
}

function offered(choice: ChoiceOption) {
  return { index: choice.index, text: choice.text, scores: choice.scores, reason: choice.reason, ksbs: choice.ksbs };
}

function withoutStamp(event: SessionEvent): Parameters<SessionLog['append']>[0] {
  const { seq: _seq, at: _at, ...rest } = event;
  return rest as Parameters<SessionLog['append']>[0];
}
