import type { PresenterFlow } from '../../trainer/presenter-flow';

/**
 * Asks the browser to check before the page goes (a reload, closing the tab) while the room is
 * part-way through a session. What the room did is stored either way; the warning saves the trainer
 * the restart, and the phones their room. None before the session begins or once it has ended.
 * Returns the way to stop warning.
 */
export function warnBeforeLeaving(flow: PresenterFlow): () => void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (flow.session.play.ended) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = '';
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
