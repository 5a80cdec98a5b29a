// Where the play screen scrolls after a step: plain arithmetic on page positions, so it is tested in Node.

/** Space left between what is shown and the edge of the window (or the scene strip), in px. */
export const GAP_PX = 12;

/** Page positions, in px from the top of the document, and the window's. */
export interface ScrollFacts {
  firstTop: number;
  nextBottom: number;
  scrollY: number;
  viewportHeight: number;
  /** Height kept clear at the top of the window: the sticky scene strip on a phone (html's scroll-padding-top). */
  clearTop: number;
}

/**
 * Where to scroll so `first` (the start of what is new) is shown, with as much of `next` (the
 * options, the question or the ending) below it as fits: the least movement that shows both when
 * they fit together, else `first` at the top so the learner reads from the start.
 */
export function scrollTarget(f: ScrollFacts): number {
  const showFirst = f.firstTop - f.clearTop - GAP_PX;
  const showNext = f.nextBottom - f.viewportHeight + GAP_PX;
  return Math.max(0, Math.min(showFirst, Math.max(showNext, f.scrollY)));
}

/** Whether `first` to the bottom of `next` fits in the window below the clear strip. */
export function fitsTogether(f: ScrollFacts): boolean {
  return f.nextBottom - f.firstTop + 2 * GAP_PX <= f.viewportHeight - f.clearTop;
}
