import type { EventOf } from '../../session/session-events';
import { h } from '../dom';

/**
 * "Go back to an earlier decision": the decisions made so far, latest first, so Enter goes back
 * one. Going back keeps the road already taken in the record, to compare in the debrief.
 */
export function backDialog(path: readonly EventOf<'choice-made'>[], onGo: (decision: number) => void): HTMLDialogElement {
  const dialog = h(
    'dialog',
    { class: 'presenter-dialog presenter-back', 'aria-labelledby': 'presenter-back-heading' },
    h('h2', { id: 'presenter-back-heading' }, 'Go back to an earlier decision'),
    h('p', {}, 'The road already taken stays in the record and the debrief.'),
    h(
      'ol',
      { class: 'back-list', reversed: true },
      ...path
        .map((choice, decision) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'back-option',
                'data-decision': decision + 1,
                onclick: () => {
                  dialog.close();
                  onGo(decision);
                },
              },
              h('strong', {}, `Decision ${decision + 1}`),
              h('span', {}, ` – the room chose: ${choice.text}`),
            ),
          ),
        )
        .reverse(),
    ),
    h('p', { class: 'presenter-dialog-hint' }, 'Enter goes back to the decision picked. Esc stays here.'),
  );
  dialog.addEventListener('close', () => dialog.remove());
  return dialog;
}
