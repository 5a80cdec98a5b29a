import { h } from './dom';
import { onSaveStatus, saveStatus, type SaveStatus } from './device-storage';

/**
 * The "not saved" banner under the header, on every screen, for as long as the game is playing in
 * memory only. It says why, and that the game still works.
 */
export function mountSaveWarning(after: Element): void {
  const banner = h('div', { class: 'save-warning', role: 'alert', hidden: true });
  after.after(banner);
  const show = (status: SaveStatus) => {
    banner.hidden = status.saving;
    banner.replaceChildren(
      h('strong', {}, 'Not saved: '),
      'what you do now is kept only until this page is closed. ',
      h('details', {}, h('summary', {}, 'Why?'), h('p', {}, `Common Ground cannot save on this device: ${status.reason ?? 'storage is not available'}. You can carry on playing. Nothing already saved on this device has been changed.`)),
    );
  };
  show(saveStatus());
  onSaveStatus(show);
}
