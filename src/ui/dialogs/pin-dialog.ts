import type { Profile } from '../../storage/learner-store';
import { pinOpens } from '../../storage/pin-lock';
import { h } from '../dom';
import { showDialog } from './dialog';

/** Asks for a locked profile's PIN; resolves true once the right one is entered, false on cancel. */
export function askPin(profile: Profile): Promise<boolean> {
  const lock = profile.pin;
  if (!lock) return Promise.resolve(true);
  return showDialog<boolean>((close) => {
    const input = h('input', { id: 'pin-entry', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 4, pattern: '[0-9]{4}', class: 'pin-input', 'aria-describedby': 'pin-message' });
    const message = h('p', { id: 'pin-message', class: 'hint' }, 'Four digits.');
    input.addEventListener('input', () => input.removeAttribute('aria-invalid'));
    const form = h(
      'form',
      {
        class: 'pin-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          if (pinOpens(lock, input.value)) return close(true);
          // The hint becomes the error: role=alert makes a screen reader say it at once, and focus goes
          // back to the emptied field so the next attempt can be typed straight away.
          message.textContent = 'That PIN does not match. Try again, or ask your trainer if you have forgotten it.';
          message.classList.add('field-error');
          message.setAttribute('role', 'alert');
          input.setAttribute('aria-invalid', 'true');
          input.value = '';
          input.focus();
        },
      },
      h('label', { for: 'pin-entry' }, `${profile.displayName}’s PIN`),
      input,
      message,
      h('div', { class: 'dialog-actions' }, h('button', { type: 'submit', class: 'button button--primary' }, 'Open profile'), h('button', { type: 'button', class: 'button', onclick: () => close(false) }, 'Cancel')),
    );
    queueMicrotask(() => input.focus());
    return { title: `Open ${profile.displayName}`, content: [form] };
  }, false);
}
