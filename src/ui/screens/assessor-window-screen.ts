import type { QueuedAddition } from '../../assessor/note-queue';
import { RemotePort } from '../../assessor/remote-port';
import { assessorPanel } from '../assessor/assessor-panel';
import { noteQueue } from '../assessor/note-queue-instance';
import { loadObservation } from '../assessor/stored-observations';
import { witnessStore } from '../assessor/witness-store-instance';
import { h } from '../dom';
import { enterScreen, type Cleanup } from '../widgets/screen';

/**
 * The assessor's second window: a copy of the apprentice's session kept in step, with the
 * assessor's forms. It opens on what the device has stored, and on the notes still waiting there
 * for the apprentice's screen, so after a reload (or a crash) the forms show every note saved or
 * queued, and it keeps working while the apprentice's window is closed.
 */
export async function assessorWindowScreen(main: HTMLElement, sessionId: string): Promise<Cleanup> {
  enterScreen(main, 'Assessor’s window');
  const [stored, queued] = await Promise.all([loadObservation(sessionId), noteQueue.list(sessionId).catch((): QueuedAddition[] => [])]);
  const port = new RemotePort(sessionId, { stored: stored && !('problem' in stored) ? stored.events : [], queued, queue: noteQueue });
  const panel = assessorPanel(port, witnessStore);
  main.append(h('div', { class: 'assessor-window' }, h('h1', { class: 'window-title' }, 'Assessor’s window'), panel.element));
  // Waiting notes are kept on the device; only one not stored there (yet, or ever) would go with this window.
  const warn = (event: BeforeUnloadEvent) => {
    if (port.unstored > 0) event.preventDefault();
  };
  window.addEventListener('beforeunload', warn);
  return () => {
    window.removeEventListener('beforeunload', warn);
    panel.destroy();
    port.close();
  };
}
