import type { Profile } from '../../storage/learner-store';
import { isValidPin, lockWithPin } from '../../storage/pin-lock';
import { setActiveProfile, takeReturnRoute } from '../services/active-profile';
import { learnerStore } from '../services/device-storage';
import { deleteEverythingAfterAsking } from '../dialogs/delete-everything';
import { confirmDialog } from '../dialogs/dialog';
import { askPin } from '../dialogs/pin-dialog';
import { h } from '../dom';
import { formatDate, loadAttempts, type ProfileAttempt } from '../services/learner-data';
import { routeHref } from '../services/routes';
import { enterScreen, refreshScreen } from '../widgets/screen';
import { newSessionId } from '../services/session-ids';
import { catalogueReady } from '../services/scenario-source';
import { problemList } from '../widgets/store-problems';

const MAX_NAME_LENGTH = 40;

/**
 * Who is practising: every profile on this device (so a trainer sees them all), a form for a new
 * one, and the device-wide actions: import a profile file, delete everything.
 */
export async function profilePickerScreen(main: HTMLElement): Promise<void> {
  enterScreen(main, 'Who is practising?');
  const [profiles, history] = await Promise.all([learnerStore().listProfiles(), loadAttempts()]);
  const list = [...profiles.items].sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB'));
  main.append(
    h(
      'section',
      { class: 'profile-picker' },
      h('h1', {}, 'Who is practising?'),
      h('p', { class: 'lead' }, list.length ? 'Pick your profile, or make a new one. Profiles are kept on this device only.' : 'Make a profile to keep your progress on this device. Just a name: no email, no password.'),
      list.length ? h('ul', { class: 'profile-list', 'aria-label': 'Profiles on this device' }, ...list.map((p) => profileItem(p, history.attempts.filter((a) => a.profileId === p.id)))) : null,
      newProfileForm(list),
      problemList([...profiles.problems, ...history.problems], list),
      orphanNote(history.attempts.filter((a) => !list.some((p) => p.id === a.profileId)).length),
      h(
        'section',
        { class: 'device-actions', 'aria-labelledby': 'device-heading' },
        h('h2', { id: 'device-heading' }, 'Moving device or starting over'),
        h('p', { class: 'hint' }, 'Bring in a profile saved on another device, or remove every profile and attempt from this one.'),
        h('div', { class: 'button-row' }, h('button', { type: 'button', class: 'button', onclick: () => void importProfile() }, 'Import a profile from a file'), h('button', { type: 'button', class: 'button button--danger', onclick: () => void deleteEverythingAfterAsking() }, 'Delete all data on this device')),
      ),
    ),
  );
}

/** Attempts whose profile is gone or unreadable are kept, and said to be there, never silently hidden. */
function orphanNote(count: number): HTMLElement | null {
  if (count === 0) return null;
  const what = count === 1 ? '1 saved attempt belongs' : `${count} saved attempts belong`;
  return h('p', { class: 'orphan-note', role: 'note' }, `${what} to a profile that is no longer on this device or could not be read. ${count === 1 ? 'It is' : 'They are'} kept as ${count === 1 ? 'it is' : 'they are'}; importing that profile’s file brings ${count === 1 ? 'it' : 'them'} back to it, and “Delete all data” removes ${count === 1 ? 'it' : 'them'}.`);
}

function profileItem(profile: Profile, attempts: readonly ProfileAttempt[]): HTMLElement {
  const finished = attempts.filter((a) => a.finished).length;
  const last = attempts.reduce<string | null>((latest, a) => (!latest || a.lastAt > latest ? a.lastAt : latest), null);
  const facts = [`${finished} finished ${finished === 1 ? 'attempt' : 'attempts'}`, last ? `last played ${formatDate(last)}` : 'not played yet'];
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: 'profile-button', 'data-profile-id': profile.id, onclick: () => void open(profile) },
      h('span', { class: 'profile-initial', 'aria-hidden': 'true' }, profile.displayName.slice(0, 1).toUpperCase()),
      h('span', { class: 'profile-name' }, profile.displayName),
      h('span', { class: 'profile-facts' }, facts.join(' · ')),
      profile.pin ? h('span', { class: 'profile-lock' }, 'PIN') : null,
    ),
  );
}

async function open(profile: Profile): Promise<void> {
  if (!(await askPin(profile))) return;
  setActiveProfile(profile.id);
  location.hash = routeHref(takeReturnRoute() ?? { screen: 'title' });
}

function newProfileForm(existing: readonly Profile[]): HTMLElement {
  const name = h('input', { id: 'new-name', name: 'name', type: 'text', required: true, maxlength: MAX_NAME_LENGTH, autocomplete: 'off', 'aria-describedby': 'new-name-hint' });
  const pin = h('input', { id: 'new-pin', name: 'pin', type: 'password', inputmode: 'numeric', maxlength: 4, autocomplete: 'off', class: 'pin-input', 'aria-describedby': 'new-pin-hint' });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const fail = (message: string, field: HTMLInputElement) => {
    error.textContent = message;
    error.hidden = false;
    field.focus();
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const displayName = name.value.trim().replace(/\s+/g, ' ');
    if (!displayName) return fail('Type the name you want to be known by.', name);
    if (existing.some((p) => p.displayName.toLowerCase() === displayName.toLowerCase())) {
      return fail(`There is already a profile called ${displayName} on this device. Add an initial or a surname so you can tell them apart.`, name);
    }
    if (pin.value && !isValidPin(pin.value)) return fail('A PIN is four digits, such as 4821. Or leave it empty.', pin);
    const profile: Profile = { id: newSessionId(), displayName, pin: pin.value ? await lockWithPin(pin.value) : null, createdAt: new Date().toISOString() };
    await learnerStore().putProfile(profile);
    setActiveProfile(profile.id);
    location.hash = routeHref(takeReturnRoute() ?? { screen: 'title' });
  };
  return h(
    'form',
    { class: 'new-profile', 'aria-labelledby': 'new-profile-heading', onsubmit: (e: Event) => void submit(e) },
    h('h2', { id: 'new-profile-heading' }, existing.length ? 'New profile' : 'Make your profile'),
    h('div', { class: 'field' }, h('label', { for: 'new-name' }, 'Your name'), h('span', { id: 'new-name-hint', class: 'hint' }, 'As you would like it shown, e.g. Amira K. No email or password needed.'), name),
    h('div', { class: 'field' }, h('label', { for: 'new-pin' }, 'PIN (optional)'), h('span', { id: 'new-pin-hint', class: 'hint' }, 'Four digits, to stop others opening your profile by mistake on a shared device.'), pin),
    error,
    h('button', { type: 'submit', class: 'button button--primary' }, 'Create profile'),
  );
}

// Its code (reading and checking a profile file) comes only when asked for: few visits import.
async function importProfile(): Promise<void> {
  let dialog: typeof import('../dialogs/import-dialog');
  try {
    // The dialog names each attempt's scenario, so it waits for the scenario list too.
    [dialog] = await Promise.all([import('../dialogs/import-dialog'), catalogueReady()]);
  } catch {
    const again = await confirmDialog({ title: 'Import could not open', message: 'The part of Common Ground that reads profile files could not be loaded. Check the connection, then try again.', confirmLabel: 'Try again' });
    return again ? importProfile() : undefined;
  }
  await dialog.openImportDialog();
  refreshScreen();
}

