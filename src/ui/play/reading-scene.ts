import type { Passage } from '../../narrative/story-runner';
import type { StageView } from './stage-view';

/** How far down the text area a line must come before it counts as being read, as a share of it. */
const READING_LINE = 0.6;

/**
 * Keeps the scene at the text being read rather than the last line shown: one step can run from a
 * meeting to a home visit, and the picture should move there when the reader does, not while they
 * are still reading about the meeting. The scene only moves on (scrolling back up does not rewind
 * it), and a new step first catches it up with everything before.
 */
export class ReadingScene {
  private pending: { passage: Passage; entry: HTMLElement | null }[] = [];
  private frame = 0;
  // Measured on the next frame, never inside a click: reading positions force a layout, and the
  // step is still being drawn (its options come after its passages).
  private readonly scheduleCatchUp = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.catchUp();
    });
  };

  constructor(private readonly stage: StageView) {
    window.addEventListener('scroll', this.scheduleCatchUp, { passive: true });
  }

  /** A step's passages and the transcript entry each was written into (null when it wrote none). */
  follow(passages: readonly Passage[], entries: readonly (HTMLElement | null)[]): void {
    this.flush();
    this.pending = passages.map((passage, i) => ({ passage, entry: entries[i] ?? null }));
    this.scheduleCatchUp();
  }

  /** Everything still waiting goes to the scene now: the learner has moved on (chosen, stepped back). */
  flush(): void {
    if (this.pending.length) this.stage.follow(this.pending.splice(0).map((p) => p.passage));
  }

  /** The scene is about to be set from the whole log (a resume, a step back): nothing waits any more. */
  discard(): void {
    this.pending = [];
  }

  destroy(): void {
    window.removeEventListener('scroll', this.scheduleCatchUp);
    cancelAnimationFrame(this.frame);
    this.pending = [];
  }

  private catchUp(): void {
    const clearTop = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
    const line = clearTop + (window.innerHeight - clearTop) * READING_LINE;
    // The last passage whose entry has come up past the line; one without an entry goes with the next.
    let read = -1;
    this.pending.forEach(({ entry }, i) => {
      if (entry && entry.getBoundingClientRect().top <= line) read = i;
    });
    // All of what waits is on screen at once (or wrote nothing): the reader sees it all, so the scene does too.
    const lastEntry = this.pending.findLast((p) => p.entry)?.entry;
    if (!lastEntry || lastEntry.getBoundingClientRect().bottom <= window.innerHeight) read = this.pending.length - 1;
    if (read >= 0) this.stage.follow(this.pending.splice(0, read + 1).map((p) => p.passage));
  }
}
