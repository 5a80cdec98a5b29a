import { RemotePort } from '../../assessor/remote-port';
import { assessorPanel } from '../assessor/assessor-panel';
import { loadObservation } from '../assessor/stored-observations';
import { witnessStore } from '../assessor/witness-store-instance';
import { h } from '../dom';
import { enterScreen, type Cleanup } from '../widgets/screen';

/**
 * The assessor's second window: a copy of the apprentice's session kept in step, with the
 * assessor's forms. It opens on what the device has stored, so after a reload the forms show the
 * saved notes, and it keeps working while the apprentice's window is closed.
 */
export async function assessorWindowScreen(main: HTMLElement, sessionId: string): Promise<Cleanup> {
  enterScreen(main, 'Assessor’s window');
  const stored = await loadObservation(sessionId);
  const port = new RemotePort(sessionId, stored && !('problem' in stored) ? stored.events : []);
  const panel = assessorPanel(port, witnessStore);
  main.append(h('div', { class: 'assessor-window' }, h('h1', { class: 'window-title' }, 'Assessor’s window'), panel.element));
  // Notes still waiting for the apprentice's screen live only in this window until it is back.
  const warn = (event: BeforeUnloadEvent) => {
    if (port.unanswered > 0) event.preventDefault();
  };
  window.addEventListener('beforeunload', warn);
  return () => {
    window.removeEventListener('beforeunload', warn);
    panel.destroy();
    port.close();
  };
}
