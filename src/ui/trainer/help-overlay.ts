import { h } from '../dom';
import { KEY_HELP } from './keymap';

/** The keys, on screen when the trainer presses ?. A native dialog: Escape closes it. */
export function helpOverlay(): HTMLDialogElement {
  return h(
    'dialog',
    { class: 'presenter-dialog presenter-help', 'aria-labelledby': 'presenter-help-heading' },
    h('h2', { id: 'presenter-help-heading' }, 'Keys for the presenter'),
    h('dl', { class: 'key-list' }, ...KEY_HELP.flatMap(({ keys, does }) => [h('dt', {}, keys), h('dd', {}, does)])),
    h('p', { class: 'presenter-dialog-hint' }, 'A clicker works too: its forward and back buttons move on and back. Press ? or Esc to close.'),
  );
}
