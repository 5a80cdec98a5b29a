import type { CompiledScenario } from '../content/compiled-scenario';
import { StoryRunner, type ChoiceOption, type Step } from '../narrative/story-runner';
import { addScores, zeroScores, type AxisScores } from '../scoring/axes';
import { effectivePath } from './effective-path';
import type { EventOf, SessionEvent, SessionMode, Undoer } from './session-events';
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
  private runner: StoryRunner;
  private step: Step;
  private totals: AxisScores;
  private offeredAt: Date;

  /** Starts the story from the top, unless `adopted` hands over one already under way. */
  private constructor(
    private readonly scenario: CompiledScenario,
    readonly log: SessionLog,
    private readonly clock: Clock,
    adopted?: { runner: StoryRunner; step: Step; totals: AxisScores },
  ) {
    this.offeredAt = clock();
    this.runner = adopted?.runner ?? this.newRunner();
    this.totals = adopted?.totals ?? zeroScores();
    this.step = adopted?.step ?? this.advance();
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
   * reads as if play had never stopped. `recorded` must be a prefix of `replayed.log` (replay.ts checks).
   */
  static continueLog(replayed: PlaySession, recorded: readonly SessionEvent[], clock: Clock = () => new Date()): PlaySession {
    const log = SessionLog.fromEvents(recorded, clock);
    for (const missing of replayed.log.events.slice(recorded.length)) log.append(withoutStamp(missing));
    return new PlaySession(replayed.scenario, log, clock, { runner: replayed.runner, step: replayed.step, totals: replayed.scores });
  }

  /** The latest step: the passages since the last choice and the choices now on offer. */
  get current(): Step {
    return this.step;
  }

  get ended(): boolean {
    return this.step.ended;
  }

  get scores(): AxisScores {
    return { ...this.totals };
  }

  get mode(): SessionMode {
    return this.log.started.mode;
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
    this.totals = addScores(this.totals, made.scores);
    this.step = this.advance();
    return made;
  }

  /** Whether `undo(by)` would be accepted now: a learner steps back only in practice, never past the end. */
  canUndo(by: Undoer = 'learner'): boolean {
    if (by === 'learner' && this.mode !== 'practice') return false;
    return !this.ended && effectivePath(this.log.events).length > 0;
  }

  /**
   * Takes back the latest choice still in effect. The story is rebuilt from the start with the
   * choices before it (same seed, so the same text), and the log gains a `choice-undone`; nothing
   * is erased. After it, `current` is the decision as it was offered before that choice.
   */
  undo(by: Undoer = 'learner'): EventOf<'choice-undone'> {
    if (!this.canUndo(by)) throw new RangeError(by === 'learner' && this.mode !== 'practice' ? `a learner cannot step back in a ${this.mode} session` : 'there is no choice to step back from');
    const path = effectivePath(this.log.events);
    const undone = path.at(-1)!;
    const kept = path.slice(0, -1);
    this.runner = this.newRunner();
    let step = this.runner.next();
    for (const choice of kept) {
      this.runner.choose(choice.index);
      step = this.runner.next();
    }
    this.step = step;
    this.totals = kept.reduce((sum, choice) => addScores(sum, choice.scores), zeroScores());
    this.offeredAt = this.clock();
    return this.log.append({ type: 'choice-undone', undoneSeq: undone.seq, by }) as EventOf<'choice-undone'>;
  }

  private newRunner(): StoryRunner {
    return new StoryRunner(this.scenario.id, this.scenario.json, this.log.started.seed);
  }

  private advance(): Step {
    const step = this.runner.next();
    for (const passage of step.passages) {
      this.log.append({
        type: 'passage-shown',
        text: passage.text,
        speakerId: passage.speaker?.id ?? null,
        mood: passage.mood,
        cues: passage.cues,
      });
    }
    if (step.ended) {
      this.log.append({ type: 'session-ended', ending: step.ending, totals: { ...this.totals } });
    } else {
      this.log.append({ type: 'choices-offered', choices: step.choices.map(offered) });
      this.offeredAt = this.clock();
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
