import type { CompiledScenario } from '../content/compiled-scenario';
import type { AxisScores } from '../core/axes';
import { canonicalJson } from '../core/canonical-json';
import { PlaySession } from './play-session';
import type { SessionEvent } from './session-events';
import type { Clock } from './session-log';

/** What the story itself produces; notes, votes, answers and pauses are people's, and replay skips them. */
const STORY_EVENTS = new Set<SessionEvent['type']>(['session-started', 'passage-shown', 'choices-offered', 'choice-made', 'session-ended', 'rewound', 'choice-undone']);

function storyEvents(events: readonly SessionEvent[]): SessionEvent[] {
  return events.filter((e) => STORY_EVENTS.has(e.type));
}

/**
 * Why a record did not replay, for code to branch on; `problem` says it in words for people.
 * 'stops-early' is the one a record still being written may have: it holds less than the story.
 */
type ReplayFailure =
  | 'not-a-session'
  | 'other-scenario'
  | 'scenario-changed'
  | 'choice-not-offered'
  | 'no-such-decision'
  | 'step-back-not-allowed'
  | 'stops-early'
  | 'runs-on'
  | 'differs';

type ReplayResult =
  | { ok: true; session: PlaySession; totals: AxisScores }
  | { ok: false; kind: ReplayFailure; seq: number; problem: string };

type Mismatch = { kind: ReplayFailure; problem: string };

/**
 * Plays the recorded choices (and undos) again on the given scenario and checks that every event
 * comes out the same (times aside). This is how a record is proved genuine.
 */
export function replaySession(scenario: CompiledScenario, recorded: readonly SessionEvent[]): ReplayResult {
  const replayed = replayActions(scenario, recorded);
  if (!replayed.ok) return replayed;
  const problem = compareLogs(storyEvents(recorded), replayed.session.log.events, 'whole');
  return problem ?? replayed;
}

/**
 * Picks a stored session up where it stopped, in the same log. The record may stop at any event (a
 * tab closed between two writes); the passages and choices the story would have shown next are
 * added, so the learner sees exactly what they would have seen. Everything recorded must match.
 */
export function resumeSession(scenario: CompiledScenario, recorded: readonly SessionEvent[], clock?: Clock): ReplayResult {
  const replayed = replayActions(scenario, recorded);
  if (!replayed.ok) return replayed;
  const story = storyEvents(recorded);
  const problem = compareLogs(story, replayed.session.log.events, 'prefix');
  if (problem) return problem;
  const missing = replayed.session.log.events.slice(story.length);
  const session = PlaySession.continueLog(replayed.session, recorded, missing, clock);
  return { ok: true, session, totals: session.scores };
}

function replayActions(scenario: CompiledScenario, recorded: readonly SessionEvent[]): ReplayResult {
  const started = recorded[0];
  if (started?.type !== 'session-started') return { ok: false, kind: 'not-a-session', seq: 0, problem: 'the log does not begin with session-started' };
  if (started.scenarioId !== scenario.id) {
    return { ok: false, kind: 'other-scenario', seq: 0, problem: `the log is for scenario "${started.scenarioId}", not "${scenario.id}"` };
  }
  if (started.scenarioHash !== scenario.hash) {
    return { ok: false, kind: 'scenario-changed', seq: 0, problem: 'the scenario has changed since this session was recorded' };
  }
  const session = PlaySession.start({
    scenario,
    sessionId: started.sessionId,
    seed: started.seed,
    mode: started.mode,
    clock: () => new Date(started.at),
  });
  for (const event of recorded) {
    if (event.type === 'choice-made') {
      if (session.ended || !session.current.choices.some((c) => c.index === event.index)) {
        return { ok: false, kind: 'choice-not-offered', seq: event.seq, problem: `choice ${event.index} was not on offer at this point` };
      }
      session.choose(event.index);
    } else if (event.type === 'rewound') {
      if (event.toDecision >= session.decisionsMade) return { ok: false, kind: 'no-such-decision', seq: event.seq, problem: `there is no decision ${event.toDecision + 1} to go back to` };
      session.rewind(event.toDecision, event.reason);
    } else if (event.type === 'choice-undone') {
      if (!session.canUndo(event.by)) return { ok: false, kind: 'step-back-not-allowed', seq: event.seq, problem: 'this step back was not allowed at this point' };
      session.undo(event.by);
    }
  }
  return { ok: true, session, totals: session.scores };
}

/** The first place the two logs differ, or null. 'prefix' lets the recording stop early. */
function compareLogs(recorded: readonly SessionEvent[], replayed: readonly SessionEvent[], extent: 'whole' | 'prefix'): ReplayResult | null {
  const length = extent === 'whole' ? Math.max(replayed.length, recorded.length) : recorded.length;
  for (let i = 0; i < length; i++) {
    const mismatch = compare(recorded[i], replayed[i]);
    if (mismatch) return { ok: false, ...mismatch, seq: recorded[i]?.seq ?? recorded.length };
  }
  return null;
}

function compare(recorded: SessionEvent | undefined, replayed: SessionEvent | undefined): Mismatch | null {
  if (!recorded) return { kind: 'stops-early', problem: 'the recording stops before the story does' };
  if (!replayed) return { kind: 'runs-on', problem: 'the recording goes on past where the story stops' };
  const a = canonicalJson(withoutTimes(recorded));
  const b = canonicalJson(withoutTimes(replayed));
  return a === b ? null : { kind: 'differs', problem: `recorded ${recorded.type} does not match the story (expected ${b.slice(0, 160)})` };
}

/** An event with its timings removed: what must be identical between two runs of the same choices. */
// Sequence numbers are compared through the order of story events: people's events shift them.
export function withoutTimes(event: SessionEvent): Omit<SessionEvent, 'at' | 'seq'> {
  const { at: _at, seq: _seq, ...rest } = event as SessionEvent & { elapsedMs?: number };
  if ('elapsedMs' in rest) delete (rest as { elapsedMs?: number }).elapsedMs;
  // An undo always takes back the latest choice in effect; which seq that had depends on the log around it.
  if ('undoneSeq' in rest) delete (rest as { undoneSeq?: number }).undoneSeq;
  return rest;
}
