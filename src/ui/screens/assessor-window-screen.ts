import { RemotePort } from '../../assessor/observation-channel';
import { assessorPanel } from '../assessor/assessor-panel';
import { witnessStore } from '../assessor/witness-store-instance';
import { h } from '../dom';
import { enterScreen, type Cleanup } from '../widgets/screen';

/** The assessor's second window: a copy of the apprentice's session kept in step, with the assessor's forms. */
export function assessorWindowScreen(main: HTMLElement, sessionId: string): Cleanup {
  enterScreen(main, 'Assessor’s window');
  const port = new RemotePort(sessionId);
  const panel = assessorPanel(port, witnessStore);
  main.append(h('div', { class: 'assessor-window' }, h('h1', { class: 'window-title' }, 'Assessor’s window'), panel.element));
  return () => {
    panel.destroy();
    port.close();
  };
}
