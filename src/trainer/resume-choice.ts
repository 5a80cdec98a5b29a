import type { CompiledScenario } from '../content/compiled-scenario';
import { AuthoringError } from '../narrative/authoring-error';
import type { PlaySession } from '../session/play-session';
import { resumeSession } from '../session/replay';
import type { SessionEvent } from '../session/session-events';
import { latestUnfinished, type GroupSessionSummary } from './group-session-summary';

interface Candidate {
  summary: GroupSessionSummary;
  events: readonly SessionEvent[];
}

/**
 * What the start screen offers: a session to carry on, its log already replayed on the scenario,
 * or one that cannot be (`problem` says why, in words for the trainer).
 */
export type Offer<T extends Candidate> = { kind: 'resumable'; stored: T; play: PlaySession } | { kind: 'stuck'; stored: T; problem: string };

/**
 * The session to offer when the presenter opens on `scenario`: the one the address names (a
 * reload: it is offered even if it has ended, so the trainer can go back to a decision), otherwise
 * the unfinished session of this scenario touched last. Null when there is nothing to carry on.
 */
export function offerFor<T extends Candidate>(scenario: CompiledScenario, sessions: readonly T[], named?: string): Offer<T> | null {
  const here = sessions.filter((s) => s.summary.scenarioId === scenario.id);
  const latest = latestUnfinished(here.map((s) => s.summary), scenario.id);
  const stored = here.find((s) => s.summary.sessionId === named) ?? here.find((s) => s.summary === latest);
  if (!stored) return null;
  let resumed;
  try {
    resumed = resumeSession(scenario, stored.events);
  } catch (error) {
    if (!(error instanceof AuthoringError)) throw error;
    return { kind: 'stuck', stored, problem: `the scenario has a problem (${error.message})` };
  }
  if (resumed.ok) return { kind: 'resumable', stored, play: resumed.session };
  const problem = resumed.kind === 'scenario-changed' ? 'the scenario has been updated since it was played' : `its record does not match the scenario (event ${resumed.seq}: ${resumed.problem})`;
  return { kind: 'stuck', stored, problem };
}
