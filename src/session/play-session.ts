import type { CompiledScenario } from '../content/compiled-scenario';
import { StoryRunner, type ChoiceOption, type Step } from '../narrative/story-runner';
import { addScores, zeroScores, type AxisScores } from '../scoring/axes';
import { displayOrder } from './option-order';
import type { EventOf, SessionMode } from './session-events';
import { SessionLog, type Clock } from './session-log';

export interface StartOptions {
  scenario: CompiledScenario;
  sessionId: string;
  seed: number;
  mode: SessionMode;
  clock?: Clock;
}

/**
 * One play-through: drives the story and writes everything that happens to the session log.
 * The log is the record; this object only holds what it needs to take the next step.
 */
export class PlaySession {
  private step: Step;
  private path: EventOf<'choice-made'>[] = [];
  private offeredAt: Date;
  private decisionsOffered = 0;
  private offeredSeq = 0;
  private answered = false;

  private constructor(
    private readonly scenario: CompiledScenario,
    private runner: StoryRunner,
    readonly log: SessionLog,
    private readonly clock: Clock,
  ) {
    this.offeredAt = clock();
    this.step = this.advance();
  }

  static start(options: StartOptions): PlaySession {
    const clock = options.clock ?? (() => new Date());
    const runner = new StoryRunner(options.scenario.id, options.scenario.json, options.seed);
    const log = new SessionLog(clock);
    log.append({
      type: 'session-started',
      sessionId: options.sessionId,
      scenarioId: options.scenario.id,
      scenarioHash: options.scenario.hash,
      seed: options.seed,
      mode: options.mode,
    });
    return new PlaySession(options.scenario, runner, log, clock);
  }

  /** The latest step: the passages since the last choice and the choices now on offer, in display order. */
  get current(): Step {
    return this.step;
  }

  get ended(): boolean {
    return this.step.ended;
  }

  get scores(): AxisScores {
    return this.path.reduce((total, choice) => addScores(total, choice.scores), zeroScores());
  }

  /** How many choices count now (after any rewinds). */
  get decisionsMade(): number {
    return this.path.length;
  }

  get meta() {
    return this.runner.meta;
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
    return this.log.append({ type: 'answer-given', offeredSeq: this.offeredSeq, prompt, text: text.trim() }) as EventOf<'answer-given'>;
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

  /**
   * Goes back to decision `toDecision` (0 is the first). ink cannot run backwards, so the story is
   * run again from the start through the choices that still count; the log keeps everything.
   */
  rewind(toDecision: number, reason: EventOf<'rewound'>['reason']): void {
    if (!Number.isInteger(toDecision) || toDecision < 0 || toDecision >= this.path.length) {
      throw new RangeError(`cannot go back to decision ${toDecision + 1}: only ${this.path.length} made`);
    }
    const kept = this.path.slice(0, toDecision);
    const runner = new StoryRunner(this.scenario.id, this.scenario.json, this.runner.seed);
    for (const choice of kept) {
      runner.next();
      runner.choose(choice.index);
    }
    this.runner = runner;
    this.path = kept;
    this.log.append({ type: 'rewound', toDecision, reason });
    this.step = this.advance({ quiet: true });
  }

  /** `quiet` after a rewind: the passages were shown before, so only the decision is offered again. */
  private advance({ quiet = false } = {}): Step {
    const raw = this.runner.next();
    const step = { ...raw, choices: displayOrder(raw.choices, this.runner.seed, this.decisionsOffered) };
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
      const offeredEvent = this.log.append({ type: 'choices-offered', choices: step.choices.map(offered), ...(step.ask ? { ask: step.ask } : {}) });
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
