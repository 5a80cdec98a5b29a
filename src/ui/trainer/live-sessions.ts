import type { PresenterFlow } from '../../trainer/presenter-flow';

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
