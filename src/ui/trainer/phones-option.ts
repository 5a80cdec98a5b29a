import { h } from '../dom';
import { PhoneVoting } from './phone-voting';
import { findRelay, RoomLink } from './room-link';

const REMEMBERED = 'common-ground-room-relay';

/**
 * "Phones can vote" on the trainer's start screen. Served by a relay (npm run room), the address
 * is filled in; otherwise the trainer types one. Ticking it creates the room at once, so learners
 * can join while the trainer gets going. Without a relay nothing changes: hands only.
 */
export function phonesOption(announce: (text: string) => void): { element: HTMLElement; voting(): PhoneVoting | null } {
  let voting: PhoneVoting | null = null;
  const toggle = h('input', { type: 'checkbox', id: 'phones-on', class: 'phones-toggle' });
  const address = h('input', { type: 'url', id: 'phones-relay', class: 'phones-relay', placeholder: 'http://192.168.1.20:8080', value: remembered() });
  const note = h('p', { class: 'phones-note', role: 'status' });
  const slot = h('div', { class: 'phones-slot' });
  const element = h(
    'fieldset',
    { class: 'phones-option' },
    h('legend', {}, 'Phones (optional)'),
    h('label', { class: 'phones-check-label' }, toggle, ' Phones can vote'),
    h('label', { for: 'phones-relay', class: 'phones-relay-label' }, 'Relay address ', h('span', { class: 'hint' }, 'where npm run room is running; hands still work without one')),
    address,
    note,
    slot,
  );

  const here = new URL('.', location.href.replace(/#.*$/, '')).href;
  void findRelay(here).then((info) => {
    if (info && !address.value) address.value = here;
  });

  toggle.addEventListener('change', async () => {
    // The clicker's next press (Space, Page Down) should begin the session, not untick the box.
    toggle.blur();
    if (!toggle.checked) {
      await voting?.end();
      voting = null;
      slot.replaceChildren();
      note.textContent = 'Phones are off: hands only.';
      return;
    }
    const relay = address.value.trim();
    note.textContent = 'Connecting to the relay…';
    const info = relay ? await findRelay(relay) : null;
    if (!info) {
      toggle.checked = false;
      note.textContent = 'No live-room relay answers at that address. Start one with npm run room and open the game from the address it prints.';
      return;
    }
    try {
      const phoneBase = isLoopback(relay) && info.addresses[0] ? info.addresses[0] : relay;
      voting = new PhoneVoting(await RoomLink.create(relay, phoneBase), announce);
      localStorage.setItem(REMEMBERED, relay);
      note.textContent = isLoopback(phoneBase) ? 'This address is only on this computer: phones need the network address npm run room printed.' : 'Room open: learners can join now.';
      slot.replaceChildren(voting.box);
    } catch (error) {
      toggle.checked = false;
      note.textContent = `Could not open a room: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
  return { element, voting: () => voting };
}

function isLoopback(address: string): boolean {
  try {
    return ['localhost', '127.0.0.1', '[::1]'].includes(new URL(address).hostname);
  } catch {
    return false;
  }
}

function remembered(): string {
  try {
    return localStorage.getItem(REMEMBERED) ?? '';
  } catch {
    return '';
  }
}
