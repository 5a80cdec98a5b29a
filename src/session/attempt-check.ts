import type { CompiledScenario } from '../content/compiled-scenario';
import { replaySession, resumeSession } from './replay';
import type { SessionEvent } from './session-events';

/**
 * Whether a recorded attempt from outside this page (a profile file) is what the scenario would
 * have produced: its choices are played again and every story event must come out the same, as
 * when an attempt is resumed. A forged choice or score is caught here. Null if it checks out,
 * otherwise the reason in plain words.
 */
export function attemptProblem(scenario: CompiledScenario | null, events: readonly SessionEvent[]): string | null {
  const started = events[0];
  if (started?.type !== 'session-started') return 'it does not begin as an attempt does';
  if (!scenario) return `its scenario "${started.scenarioId}" is not in this copy of Common Ground, so it cannot be checked`;
  const finished = events.some((e) => e.type === 'session-ended');
  const result = finished ? replaySession(scenario, events) : resumeSession(scenario, events);
  if (result.ok) return null;
  if (/changed since/.test(result.problem)) return 'the scenario has changed since it was played, so it cannot be checked';
  return `it does not match the scenario (event ${result.seq}: ${result.problem})`;
}
