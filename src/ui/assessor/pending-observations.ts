import type { ObservationHost } from '../../assessor/observation-channel';
import type { ObservationDetails } from '../../session/session-events';
import type { SessionLog } from '../../session/session-log';

/**
 * Observed sessions set up on this page, by session id: the start form leaves the details here
 * for the apprentice's screen. Kept in memory for the life of the page, like the sessions
 * themselves. The host stays open after the apprentice's screen is left, so the assessor's
 * window can finish the record.
 */
export interface Observation {
  scenarioId: string;
  details: ObservationDetails;
  notesIn: 'window' | 'side';
  log?: SessionLog;
  host?: ObservationHost;
}

const observations = new Map<string, Observation>();

export function planObservation(sessionId: string, observation: Observation): void {
  observations.set(sessionId, observation);
}

export function findObservation(sessionId: string): Observation | undefined {
  return observations.get(sessionId);
}
