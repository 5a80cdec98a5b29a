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
      h('strong', {}, 'Not saved. '),
      `Your progress is not being kept on this device: ${status.reason ?? 'storage is not available'}. `,
      'You can carry on playing, but what you do from now on will be lost when you close this page.',
    );
  };
  show(saveStatus());
  onSaveStatus(show);
}
