import type { SessionEvent } from '../session/session-events';

/** An observed session stored on this device, as the Observe screen lists it to be continued. */
export interface ObservationSummary {
  sessionId: string;
  scenarioId: string;
  apprentice: string;
  witness: string;
  observedOn: string;
  /** When the last thing happened in it: the list puts the latest first. */
  lastAt: string;
  decisions: number;
  ended: boolean;
  signed: boolean;
}

/**
 * What an observed session's log says about it, or null if the log is not an observed session (or
 * holds no observation details, so there is nothing to tell the assessor which one it is).
 */
export function summariseObservation(events: readonly SessionEvent[]): ObservationSummary | null {
  const started = events[0];
  if (started?.type !== 'session-started' || started.mode !== 'assessed') return null;
  const details = events.find((e) => e.type === 'observation-started');
  if (details?.type !== 'observation-started') return null;
  return {
    sessionId: started.sessionId,
    scenarioId: started.scenarioId,
    apprentice: details.apprentice,
    witness: details.assessor.name,
    observedOn: details.observedOn,
    lastAt: events.at(-1)!.at,
    decisions: events.filter((e) => e.type === 'choice-made').length,
    ended: events.some((e) => e.type === 'session-ended'),
    signed: events.some((e) => e.type === 'witness-signed'),
  };
}

/** The observations that can still be continued (not signed yet), the latest first. */
export function unfinishedObservations(logs: readonly (readonly SessionEvent[])[]): ObservationSummary[] {
  return logs
    .map(summariseObservation)
    .filter((s): s is ObservationSummary => s !== null && !s.signed)
    .sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0));
}
