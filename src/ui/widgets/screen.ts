/** A screen draws itself into the main landmark and returns how to tidy up when the user leaves. */
export type Cleanup = () => void;
export type Screen = (main: HTMLElement) => Cleanup | void | Promise<Cleanup | void>;

/** Titles and focus are set the same way on every screen, so screen-reader users know where they are. */
export function enterScreen(main: HTMLElement, title: string): void {
  document.title = `${title} – Common Ground`;
  main.replaceChildren();
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

/** Draws the current screen again, e.g. after data it shows has changed. */
export function refreshScreen(): void {
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
