import type { SessionLog } from '../../session/session-log';

/**
 * Sessions played since the page opened, by id. The device's store keeps them too (autosave), but
 * if saving failed part-way only this live copy is whole, so the debrief looks here first.
 */
const sessions = new Map<string, SessionLog>();

export function rememberSession(sessionId: string, log: SessionLog): void {
  sessions.set(sessionId, log);
}

export function findSession(sessionId: string): SessionLog | undefined {
  return sessions.get(sessionId);
}
