import type { Profile } from '../../storage/learner-store';
import { lockWithPin, needsUpgrade, pinOpens } from '../../storage/pin-lock';
import { learnerStore } from '../services/device-storage';
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
        onsubmit: async (event: Event) => {
          event.preventDefault();
          message.textContent = 'Checking…';
          message.classList.remove('field-error');
          if (await pinOpens(lock, input.value)) {
            if (needsUpgrade(lock)) await upgrade(profile, input.value);
            return close(true);
          }
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

/** A profile from before PBKDF2 gets the slow lock once its PIN is known; if that cannot be saved, it still opens. */
async function upgrade(profile: Profile, pin: string): Promise<void> {
  try {
    await learnerStore().putProfile({ ...profile, pin: await lockWithPin(pin) });
  } catch {
    // The old lock stays and opens next time too; the upgrade is tried again then.
  }
}
