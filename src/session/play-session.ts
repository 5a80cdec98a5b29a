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
  private totals: AxisScores = zeroScores();
  private offeredAt: Date;
  private decisionsOffered = 0;

  private constructor(
    readonly runner: StoryRunner,
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
    return new PlaySession(runner, log, clock);
  }

  /** The latest step: the passages since the last choice and the choices now on offer, in display order. */
  get current(): Step {
    return this.step;
  }

  get ended(): boolean {
    return this.step.ended;
  }

  get scores(): AxisScores {
    return { ...this.totals };
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

  private advance(): Step {
    const raw = this.runner.next();
    const step = { ...raw, choices: displayOrder(raw.choices, this.runner.seed, this.decisionsOffered) };
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
      this.decisionsOffered++;
    }
    return step;
  }
}

function offered(choice: ChoiceOption) {
  return { index: choice.index, text: choice.text, scores: choice.scores, reason: choice.reason, ksbs: choice.ksbs };
}
