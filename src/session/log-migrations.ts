import { SESSION_LOG_VERSION, type SessionEvent } from './session-events';

class LogMigrationError extends Error {}

/**
 * One step from a log version to the next. Pure: it takes the events as read and returns them as
 * the next version has them, and never drops one. Add a step whenever SESSION_LOG_VERSION goes up.
 */
type Step = (events: readonly SessionEvent[]) => SessionEvent[];

const STEPS: Record<number, Step> = {
  // Version 2 only added `choice-undone`; a version 1 log cannot have one, so its events carry over.
  1: (events) => {
    const undo = events.find((e) => e.type === 'choice-undone');
    if (undo) throw new LogMigrationError(`event ${undo.seq} is a choice-undone, which a version 1 log cannot contain`);
    return [...events];
  },
  // Version 3 only added an optional `alt` to image cues; older ones are shown with their line's text.
  2: (events) => [...events],
  // Version 4 only added an optional `additionId` to an assessor's additions; older ones have none.
  3: (events) => [...events],
  // Version 5 only added the presence cues (#present, #enter, #leave); older logs have none to change.
  4: (events) => [...events],
};

/** Brings a log of any version this app reads up to the version it writes. */
export function migrateSessionEvents(version: number, events: readonly SessionEvent[]): SessionEvent[] {
  let current = [...events];
  for (let v = version; v < SESSION_LOG_VERSION; v++) {
    const step = STEPS[v];
    if (!step) throw new LogMigrationError(`there is no way to bring a version ${v} log up to date`);
    current = step(current);
  }
  return current;
}
