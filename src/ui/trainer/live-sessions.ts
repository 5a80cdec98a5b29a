import type { PresenterFlow } from '../../trainer/presenter-flow';
import type { PhoneVoting } from './phone-voting';

/**
 * Trainer sessions still open on this page, so the group debrief can send the trainer back to the
 * very step they left (to explore another road). Gone when the page closes, like the session registry.
 */
const live = new Map<string, PresenterFlow>();

export function keepLive(flow: PresenterFlow): void {
  live.set(flow.session.log.started.sessionId, flow);
}

export function findLive(sessionId: string): PresenterFlow | undefined {
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
