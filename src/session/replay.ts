import type { CompiledScenario } from '../content/compiled-scenario';
import type { AxisScores } from '../scoring/axes';
import { PlaySession } from './play-session';
import type { SessionEvent } from './session-events';

const STORY_EVENTS = new Set<SessionEvent['type']>(['session-started', 'passage-shown', 'choices-offered', 'choice-made', 'session-ended', 'rewound']);

export type ReplayResult =
  | { ok: true; session: PlaySession; totals: AxisScores }
  | { ok: false; seq: number; problem: string };

/**
 * Plays the recorded choices again on the given scenario and checks that every event comes out the
 * same (times aside). This is how a saved session is resumed and how a record is proved genuine.
 */
export function replaySession(scenario: CompiledScenario, recorded: readonly SessionEvent[]): ReplayResult {
  const started = recorded[0];
  if (started?.type !== 'session-started') return { ok: false, seq: 0, problem: 'the log does not begin with session-started' };
  if (started.scenarioId !== scenario.id) {
    return { ok: false, seq: 0, problem: `the log is for scenario "${started.scenarioId}", not "${scenario.id}"` };
  }
  if (started.scenarioHash !== scenario.hash) {
    return { ok: false, seq: 0, problem: 'the scenario has changed since this session was recorded' };
  }
  const session = PlaySession.start({
    scenario,
    sessionId: started.sessionId,
    seed: started.seed,
    mode: started.mode,
    clock: () => new Date(started.at),
  });
  for (const event of recorded) {
    if (event.type === 'rewound') {
      if (event.toDecision >= session.decisionsMade) return { ok: false, seq: event.seq, problem: `there is no decision ${event.toDecision + 1} to go back to` };
      session.rewind(event.toDecision, event.reason);
    }
    if (event.type !== 'choice-made') continue;
    if (session.ended || !session.current.choices.some((c) => c.index === event.index)) {
      return { ok: false, seq: event.seq, problem: `choice ${event.index} was not on offer at this point` };
    }
    session.choose(event.index);
  }
  // Only what the story produced is compared; notes, votes and pauses are people's, not the story's.
  const replayed = session.log.events;
  const story = recorded.filter((e) => STORY_EVENTS.has(e.type));
  const length = Math.max(replayed.length, story.length);
  for (let i = 0; i < length; i++) {
    const problem = compare(story[i], replayed[i]);
    if (problem) return { ok: false, seq: story[i]?.seq ?? recorded.length, problem };
  }
  return { ok: true, session, totals: session.scores };
}

function compare(recorded: SessionEvent | undefined, replayed: SessionEvent | undefined): string | null {
  // seq is compared through the story events' order, not their numbers, which other events shift.
  if (!recorded) return 'the recording stops before the story does';
  if (!replayed) return 'the recording goes on past where the story stops';
  const a = JSON.stringify(withoutTimes(recorded));
  const b = JSON.stringify(withoutTimes(replayed));
  return a === b ? null : `recorded ${recorded.type} does not match the story (expected ${b.slice(0, 160)})`;
}

function withoutTimes(event: SessionEvent): Omit<SessionEvent, 'at' | 'seq'> {
  const { at: _at, seq: _seq, ...rest } = event as SessionEvent & { elapsedMs?: number };
  if ('elapsedMs' in rest) delete (rest as { elapsedMs?: number }).elapsedMs;
  return rest;
}
