import type { StepSaver } from '../../storage/step-saver';
import type { PresenterFlow } from '../../trainer/presenter-flow';
import type { PhoneVoting } from './phone-voting';

/** A session open on this page and what stores it (null when this device cannot). */
export interface LiveSession {
  flow: PresenterFlow;
  saver: StepSaver | null;
}

/**
 * Trainer sessions still open on this page, so the group debrief can send the trainer back to the
 * very step they left (to explore another road). Gone when the page closes; the device's store
 * keeps the log, so a reloaded page continues from there instead (present-screen.ts).
 */
const live = new Map<string, LiveSession>();

export function keepLive(session: LiveSession): void {
  live.set(session.flow.session.log.started.sessionId, session);
}

export function findLive(sessionId: string): LiveSession | undefined {
  return live.get(sessionId);
}

/** A session's live room, when its phones vote too; it outlives a visit to the group debrief. */
const phones = new Map<string, PhoneVoting>();

export function keepPhones(flow: PresenterFlow, voting: PhoneVoting): void {
  phones.set(flow.session.log.started.sessionId, voting);
}

export function findPhones(flow: PresenterFlow): PhoneVoting | undefined {
  return phones.get(flow.session.log.started.sessionId);
}
