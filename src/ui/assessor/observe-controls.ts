import { LocalPort, type LogSaver } from '../../assessor/observation-channel';
import type { SessionLog } from '../../session/session-log';
import { h } from '../dom';
import { openAssessorWindow } from '../screens/assess-start-screen';
import { assessorPanel } from './assessor-panel';
import type { Observation } from './pending-observations';
import { witnessStore } from './witness-store-instance';

/**
 * On the apprentice's screen during an observed session: a slim bar saying the session is observed,
 * a button to (re)open the assessor's window, and a side panel the assessor can show and hide.
 * Hidden, the panel is out of sight and out of the accessibility tree.
 */
export function observeControls(main: HTMLElement, sessionId: string, observation: Observation, log: SessionLog, saver: LogSaver | null): () => void {
  const port = new LocalPort(log, saver);
  const panel = assessorPanel(port, witnessStore);
  const close = h('button', { type: 'button', class: 'button button--small side-panel-close' }, 'Hide the panel');
  const side = h('aside', { class: 'side-panel', id: 'assessor-side-panel', 'aria-label': 'Assessor panel', hidden: true }, close, panel.element);
  const toggle = h('button', { type: 'button', class: 'button button--small', 'aria-controls': side.id, 'aria-expanded': 'false' }, 'Show the assessor panel');
  let covered: HTMLElement[] = [];
  // The open panel lies over the right of the page (all of it on a phone), header included. What it
  // covers must not take focus (WCAG 2.4.11), so the rest of the page is inert until it is hidden
  // again with its own button or Escape.
  const coverPage = (open: boolean) => {
    for (const element of covered) element.inert = false;
    covered = [];
    if (!open) return;
    const others = [...document.body.children, ...main.children].filter((e): e is HTMLElement => e instanceof HTMLElement && e !== main && e !== side && !e.inert && e.tagName !== 'DIALOG' && e.tagName !== 'SCRIPT');
    for (const element of others) element.inert = true;
    covered = others;
  };
  const show = (open: boolean) => {
    side.hidden = !open;
    coverPage(open);
    toggle.setAttribute('aria-expanded', String(open));
    toggle.textContent = open ? 'Hide the assessor panel' : 'Show the assessor panel';
    (open ? close : toggle).focus();
  };
  toggle.addEventListener('click', () => show(side.hasAttribute('hidden')));
  close.addEventListener('click', () => show(false));
  side.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') show(false);
  });
  const bar = h(
    'div',
    { class: 'observe-bar', role: 'region', 'aria-label': 'Observed session' },
    h('p', {}, h('strong', {}, 'Observed session: '), `${observation.details.apprentice}, observed by ${observation.details.assessor.name}`),
    h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button button--small', onclick: () => openAssessorWindow(sessionId) }, 'Open the assessor’s window'), toggle),
  );
  main.prepend(bar);
  main.append(side);
  return () => {
    coverPage(false);
    panel.destroy();
    port.close();
  };
}
