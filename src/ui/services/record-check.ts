import { replaySession } from '../../session/replay';
import type { SessionEvent } from '../../session/session-events';
import { loadScenario } from './scenario-loading';

/**
 * Whether a stored attempt is what the scenario would have produced from its choices: a record
 * edited by hand reads fine but does not replay. Null when it checks out, or when it cannot be
 * checked because the scenario has changed since (that is said separately).
 */
export async function recordMismatch(events: readonly SessionEvent[]): Promise<string | null> {
  const started = events[0];
  if (started?.type !== 'session-started') return 'it does not begin like a Common Ground record';
  const scenario = await loadScenario(started.scenarioId);
  if (!scenario || scenario.hash !== started.scenarioHash) return null;
  let replay;
  try {
    replay = replaySession(scenario, events);
  } catch {
    return null; // A scenario that cannot run says so when it is played; it cannot judge a record.
  }
  // An unfinished record stops early; only what it holds has to match.
  if (!replay.ok && replay.kind !== 'stops-early') return `event ${replay.seq}: ${replay.problem}`;
  return null;
}
