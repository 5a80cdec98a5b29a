import { h } from '../dom';
import { isWaitingForSpace, onSaveStatus, saveStatus, type SaveStatus } from '../services/device-storage';

/**
 * The "not saved" banner under the header, on every screen, for as long as something the learner
 * did is kept only in this page. It says what is not yet kept, why, and that the game still works.
 */
export function mountSaveWarning(after: Element): void {
  const banner = h('div', { class: 'save-warning', role: 'alert', hidden: true });
  after.after(banner);
  const show = (status: SaveStatus) => {
    banner.hidden = status.saving;
    banner.replaceChildren(...(isWaitingForSpace(status) ? waitingForSpace(status) : notSaved(status)));
  };
  show(saveStatus());
  onSaveStatus(show);
}

function notSaved(status: SaveStatus): (Node | string)[] {
  return [
    h('strong', {}, 'Not saved: '),
    `what you do now is kept only until this page is closed${status.unsavedDecisions ? ` (${decisions(status.unsavedDecisions)} not saved)` : ''}. `,
    h('details', {}, h('summary', {}, 'Why?'), h('p', {}, `Common Ground cannot save on this device: ${status.reason ?? 'storage is not available'}. You can carry on playing. Nothing already saved on this device has been changed.`)),
  ];
}

function waitingForSpace(status: SaveStatus): (Node | string)[] {
  const count = status.unsavedDecisions;
  return [
    h('strong', {}, count ? `${capitalise(decisions(count))} not saved yet: ` : 'Not saved yet: '),
    'this device is out of storage space. Common Ground keeps trying; free some space and they will be saved. Until then they are lost if this page is closed. ',
    h('details', {}, h('summary', {}, 'Why?'), h('p', {}, 'The browser refused to store more for this site. Everything saved before is still there. You can carry on playing.')),
  ];
}

function decisions(count: number): string {
  return count === 1 ? '1 decision' : `${count} decisions`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
