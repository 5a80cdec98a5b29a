import type { SessionLog } from '../session/session-log';

/**
 * Sessions played since the page opened, by id, so the debrief can find the log it reads.
 * Kept in memory for now: saving to the device is the storage module's job.
 */
const sessions = new Map<string, SessionLog>();

export function rememberSession(sessionId: string, log: SessionLog): void {
  sessions.set(sessionId, log);
}

export function findSession(sessionId: string): SessionLog | undefined {
  return sessions.get(sessionId);
}
