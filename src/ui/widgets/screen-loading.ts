import { h } from '../dom';

/** A quick chunk never flashes "Loading…"; a slow one (a slow connection) says so. */
const SHOW_AFTER_MS = 150;

/** A screen's code could not be fetched: offline before the game was kept for offline use, or the connection dropped. */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super('Its code did not arrive over the connection. Check the connection, then try again.', { cause });
    this.name = 'ScreenLoadError';
  }
}

/** Puts "Loading…" in the main landmark if the next screen takes a moment; returns how to stop. */
export function loadingScreen(main: HTMLElement): () => void {
  const timer = setTimeout(() => {
    main.setAttribute('aria-busy', 'true');
    main.replaceChildren(h('p', { class: 'screen-loading', role: 'status' }, 'Loading…'));
  }, SHOW_AFTER_MS);
  return () => {
    clearTimeout(timer);
    main.removeAttribute('aria-busy');
  };
}
