import type { SessionLog } from '../../session/session-log';

/**
 * The latest sessions played since the page opened, by id. The device's store keeps them too
 * (autosave), but if saving failed part-way only this live copy is whole, so the debrief looks
 * here first. Only the last few are kept: a learner who plays all afternoon in one tab would
 * otherwise hold every log in memory, and the debrief they reach is the one just played.
 */
const KEPT = 3;
const sessions = new Map<string, SessionLog>();

export function rememberSession(sessionId: string, log: SessionLog): void {
  sessions.delete(sessionId);
  sessions.set(sessionId, log);
  for (const oldest of sessions.keys()) {
    if (sessions.size <= KEPT) break;
    sessions.delete(oldest);
  }
}

export function findSession(sessionId: string): SessionLog | undefined {
  return sessions.get(sessionId);
}
