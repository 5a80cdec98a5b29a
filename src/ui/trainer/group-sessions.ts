import type { SessionEvent } from '../../session/session-events';
import { isStoreProblem, type StoreProblem } from '../../storage/learner-store';
import { summariseGroupSession, type GroupSessionSummary } from '../../trainer/group-session-summary';
import { learnerStore } from '../services/device-storage';
import { findSession } from '../services/session-registry';

/** A trainer's group session kept on this device (it belongs to no learner's profile). */
export interface StoredGroupSession {
  summary: GroupSessionSummary;
  events: SessionEvent[];
  /** How many of `events` are on the device: a session open in this page may be further on. */
  storedCount: number;
}

export interface GroupSessions {
  sessions: StoredGroupSession[];
  problems: StoreProblem[];
}

/** Every group session stored on this device; one that cannot be read is named, never dropped silently. */
export async function loadGroupSessions(): Promise<GroupSessions> {
  const { items, problems } = await learnerStore().listSessionsByMode('trainer');
  const sessions: StoredGroupSession[] = [];
  for (const stored of items) {
    const read = readGroupSession(stored.sessionId, stored.events);
    if ('problem' in read) problems.push(read);
    else sessions.push(read);
  }
  return { sessions, problems };
}

/** One group session, or null if this device has none by that id (or it is a learner's attempt). */
export async function loadGroupSession(sessionId: string): Promise<StoredGroupSession | StoreProblem | null> {
  const stored = await learnerStore().loadSession(sessionId);
  if (stored === null || isStoreProblem(stored)) return stored;
  const started = stored.events[0];
  if (started?.type !== 'session-started' || started.mode !== 'trainer' || stored.profileId !== null) return null;
  return readGroupSession(sessionId, stored.events);
}

export function deleteGroupSession(sessionId: string): Promise<void> {
  return learnerStore().deleteSession(sessionId);
}

/**
 * A session played in this page may be further on than its stored copy (a write still going, or
 * saving failed); the live log is then the truth, as for a learner's attempts (learner-data.ts).
 */
function readGroupSession(sessionId: string, stored: SessionEvent[]): StoredGroupSession | StoreProblem {
  const live = findSession(sessionId)?.events;
  const events = live && live.length > stored.length ? [...live] : stored;
  try {
    return { summary: summariseGroupSession(events), events, storedCount: stored.length };
  } catch (error) {
    return { profileId: null, sessionId, problem: error instanceof Error ? error.message : String(error) };
  }
}
