import type { ScenarioMeta } from '../../narrative/scenario-meta';
import { h } from '../dom';
import { routeHref } from '../services/routes';

const SIGNPOST =
  'If anything in this scenario brings up something difficult for you, talk to your trainer or your manager, or use your organisation’s staff support service. You can stop at any time.';

/** Shown (just before `anchor`) when a scenario has content notes; resolves when the learner begins. */
export function beforeYouStart(anchor: HTMLElement, meta: ScenarioMeta): Promise<void> {
  return new Promise((resolve) => {
    const start = h('button', { type: 'button', class: 'button button--primary' }, 'Start the scenario');
    const panel = h(
      'section',
      { class: 'before-you-start', 'aria-labelledby': 'before-heading' },
      h('h2', { id: 'before-heading', tabindex: -1 }, 'Before you start'),
      h('p', {}, 'This scenario includes:'),
      h('ul', {}, ...meta.contentNotes.map((note) => h('li', {}, note))),
      h('p', { class: 'signpost' }, SIGNPOST),
      h('div', { class: 'button-row' }, start, h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Choose another scenario')),
    );
    start.addEventListener('click', () => {
      panel.remove();
      resolve();
    });
    anchor.before(panel);
    panel.querySelector('h2')!.focus();
  });
}

/**
 * "Step out": a pause the learner can take at any moment. The story waits; nothing is scored for it.
 * The dialog is a native <dialog>, so focus is trapped inside it and Escape returns to the scenario.
 */
export function stepOutControl(onPause: () => void, onResume: () => void): HTMLElement {
  const back = h('button', { type: 'button', class: 'button button--primary' }, 'Go back to the scenario');
  const dialog = h(
    'dialog',
    { class: 'step-out-dialog', 'aria-labelledby': 'step-out-heading' },
    h('h2', { id: 'step-out-heading' }, 'You have stepped out'),
    h('p', {}, 'The scenario is paused. Stepping out is never counted against you: take the time you need.'),
    h('p', { class: 'signpost' }, SIGNPOST),
    h('div', { class: 'button-row' }, back, h('a', { class: 'button', href: routeHref({ screen: 'scenarios' }) }, 'Leave for now')),
  );
  const open = h('button', { type: 'button', class: 'button step-out-button' }, 'Step out');
  open.addEventListener('click', () => {
    onPause();
    dialog.showModal();
  });
  back.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    onResume();
    open.focus();
  });
  return h('div', { class: 'step-out' }, open, dialog);
}
