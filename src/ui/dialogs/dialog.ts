import { h } from '../dom';

interface DialogParts {
  title: string;
  content: Node[];
  /** The id of the element that says what the dialogue is about (a warning, say): read with its title. */
  describedBy?: string;
}

/**
 * A modal dialogue on the native <dialog>: focus moves in and is trapped by the browser, Escape
 * cancels, and focus goes back where it was on close. `build` gets `close` to settle it with a value.
 */
export function showDialog<T>(build: (close: (value: T) => void) => DialogParts, cancelled: T): Promise<T> {
  const opener = document.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': 'dialog-title' });
    let settled = false;
    const close = (value: T) => {
      if (settled) return;
      settled = true;
      dialog.close();
      dialog.remove();
      opener?.focus();
      resolve(value);
    };
    const parts = build(close);
    dialog.append(h('h2', { id: 'dialog-title', class: 'dialog-title' }, parts.title), ...parts.content);
    if (parts.describedBy) dialog.setAttribute('aria-describedby', parts.describedBy);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(cancelled);
    });
    // Closed from outside (the app closes every dialog when the screen changes): settle and remove it,
    // so dialogs never pile up in the page.
    dialog.addEventListener('close', () => close(cancelled));
    document.body.append(dialog);
    dialog.showModal();
  });
}

interface ConfirmOptions {
  title: string;
  message: string;
  confirmLabel: string;
  /** A deletion: the confirm button is styled as one, and Cancel has focus first. */
  destructive?: boolean;
}

export function confirmDialog(options: ConfirmOptions): Promise<boolean> {
  return showDialog<boolean>(
    (close) => {
      const cancel = h('button', { type: 'button', class: 'button', onclick: () => close(false) }, 'Cancel');
      const confirm = h('button', { type: 'button', class: `button ${options.destructive ? 'button--danger' : 'button--primary'}`, onclick: () => close(true) }, options.confirmLabel);
      queueMicrotask(() => (options.destructive ? cancel : confirm).focus());
      // Described by its message, so the warning ("It cannot be undone") is heard with the title, not only on reading on.
      return { title: options.title, content: [h('p', { id: 'dialog-message' }, options.message), h('div', { class: 'dialog-actions' }, confirm, cancel)], describedBy: 'dialog-message' };
    },
    false,
  );
}
