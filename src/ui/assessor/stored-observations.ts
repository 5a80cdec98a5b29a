import { unfinishedObservations, type ObservationSummary } from '../../assessor/observation-summary';
import type { SessionEvent } from '../../session/session-events';
import { isStoreProblem, type StoreProblem } from '../../storage/learner-store';
import { learnerStore } from '../services/device-storage';
import { findSession } from '../services/session-registry';

/**
 * Observed sessions kept on this device. Like a trainer's group sessions they belong to no
 * learner's profile (profileId null); the witness and apprentice are named in the log itself.
 */
export interface StoredObservation {
  events: SessionEvent[];
  /** How many of `events` are on the device: a session open in this page may be further on. */
  storedCount: number;
}

export async function loadUnfinishedObservations(): Promise<{ observations: ObservationSummary[]; problems: StoreProblem[] }> {
  const { items, problems } = await learnerStore().listSessionsByMode('assessed');
  return { observations: unfinishedObservations(items.map((s) => liveOrStored(s.sessionId, s.events))), problems };
}

/** One observed session, or null if this device has none by that id (or it is not an observed session). */
export async function loadObservation(sessionId: string): Promise<StoredObservation | StoreProblem | null> {
  const stored = await learnerStore().loadSession(sessionId);
  if (stored === null || isStoreProblem(stored)) return stored;
  const started = stored.events[0];
  if (started?.type !== 'session-started' || started.mode !== 'assessed' || stored.profileId !== null) return null;
  return { events: liveOrStored(sessionId, stored.events), storedCount: stored.events.length };
}

/** The live log is the truth when this page is further on than the store (as in learner-data.ts). */
function liveOrStored(sessionId: string, stored: SessionEvent[]): SessionEvent[] {
  const live = findSession(sessionId)?.events;
  return live && live.length > stored.length ? [...live] : stored;
}
