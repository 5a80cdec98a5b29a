import { h } from '../dom';

const SHORTCUTS: [string, string][] = [
  ['1 to 9', 'Pick the choice with that number'],
  ['Tab / Shift + Tab', 'Move between links, buttons and choices'],
  ['Enter or Space', 'Press the focused button or link'],
  ['?', 'Show or hide this list of keys'],
  ['Escape', 'Close a window such as this one, or come back from "Step out"'],
];

/** The ? key shows every shortcut, on every screen. */
export function installKeyboardHelp(): void {
  const close = h('button', { type: 'button', class: 'button button--primary' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'help-dialog', 'aria-labelledby': 'help-heading' },
    h('h2', { id: 'help-heading' }, 'Keyboard shortcuts'),
    h('table', { class: 'shortcut-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Key'), h('th', { scope: 'col' }, 'What it does'))), h('tbody', {}, ...SHORTCUTS.map(([key, action]) => h('tr', {}, h('td', {}, h('kbd', {}, key)), h('td', {}, action))))),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  document.body.append(dialog);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
    if ((event.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]')) return;
    event.preventDefault();
    if (dialog.open) dialog.close();
    else if (!document.querySelector('dialog[open]')) dialog.showModal();
  });
}
