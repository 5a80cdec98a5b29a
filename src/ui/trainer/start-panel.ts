import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { h } from '../dom';
import { roleCardsPanel } from './role-cards';

const SIGNPOST = 'If anything in this scenario brings up something difficult, anyone can step out at any time; talk to the trainer afterwards.';
const BEGIN_KEYS = new Set([' ', 'Enter', 'ArrowRight', 'PageDown']);
const HELP_KEYS = new Set(['?', 'h', 'H']);

/**
 * Before a trainer-led session: what the scenario is about, its content notes for the whole room,
 * and the role cards if it has any. `begun` resolves when the trainer begins (Space, a clicker, or
 * the button); `cancel` stops listening if they leave first.
 */
export function startPanel(meta: ScenarioMeta, toggleHelp: () => void, extra: HTMLElement | null = null): { element: HTMLElement; begun: Promise<void>; cancel(): void } {
  const begin = h('button', { type: 'button', class: 'button button--primary presenter-button' }, 'Begin');
  const element = h(
    'section',
    { class: 'presenter-start', 'aria-labelledby': 'presenter-start-heading' },
    h('h2', { id: 'presenter-start-heading' }, 'Before we start'),
    h('p', { class: 'presenter-summary' }, meta.summary),
    h(
      'div',
      { class: 'presenter-start-columns' },
      meta.contentNotes.length > 0
        ? h('div', { class: 'presenter-notes' }, h('p', {}, h('strong', {}, 'This scenario includes:')), h('ul', {}, ...meta.contentNotes.map((n) => h('li', {}, n))), h('p', {}, SIGNPOST))
        : null,
      roleCardsPanel(meta),
    ),
    h('div', { class: 'presenter-begin' }, begin, h('p', {}, 'When the room is ready, press Space or the clicker to begin.')),
    extra,
  );
  let cancel = () => {};
  const begun = new Promise<void>((resolve) => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (HELP_KEYS.has(event.key)) {
        event.preventDefault();
        event.stopPropagation();
        return toggleHelp();
      }
      // Space and Enter belong to an open dialog (the keys) until it closes.
      if (!BEGIN_KEYS.has(event.key) || document.querySelector('dialog[open]')) return;
      // A focused button (Print role cards) keeps its own Enter and Space, and a field its own keys.
      if ((event.target as HTMLElement | null)?.closest('button, a, summary') && (event.key === 'Enter' || event.key === ' ')) return;
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      event.preventDefault();
      event.stopPropagation();
      done();
    };
    const done = () => {
      window.removeEventListener('keydown', onKey, true);
      resolve();
    };
    window.addEventListener('keydown', onKey, true);
    begin.addEventListener('click', done);
    cancel = () => window.removeEventListener('keydown', onKey, true);
  });
  return { element, begun, cancel };
}
