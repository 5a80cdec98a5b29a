import type { EventOf } from '../../session/session-events';
import { h } from '../dom';

/** For the debrief: the choices the learner stepped back from. They score nothing but are part of the record. */
export function undoneSection(undone: readonly EventOf<'choice-made'>[]): HTMLElement | null {
  if (undone.length === 0) return null;
  return h(
    'section',
    { class: 'undone', 'aria-labelledby': 'undone-heading' },
    h('h2', { id: 'undone-heading' }, `You stepped back ${undone.length === 1 ? 'once' : `${undone.length} times`}`),
    h('p', { class: 'hint' }, 'These choices were taken back in practice, so they do not count towards your totals.'),
    h('ul', { class: 'undone-list' }, ...undone.map((choice) => h('li', {}, h('s', {}, choice.text), choice.reason ? h('span', { class: 'hint' }, ` — ${choice.reason}`) : null))),
  );
}
