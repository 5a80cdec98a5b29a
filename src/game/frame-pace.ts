/**
 * Under 30 frames a second, motion is jerky and each frame holds up the page: without a GPU a frame
 * is drawn in software and read back on the main thread, 30 to 50 ms each with the CPU slowed 4x, so a
 * fade at 25 frames a second leaves a click little of the main thread.
 */
const SLOW_FRAME_MS = 34;
/** Frames in a row that decide; a single slow frame (a texture upload) does not. */
const SAMPLE = 5;

/**
 * How fast this device draws the scene, from the gaps between frames while the loop is running.
 * Where drawing is slow (no GPU: software WebGL on an old laptop or a locked-down thin client),
 * fades and nods are left out, as under reduced motion: each of their frames would keep the
 * learner's next click waiting, and they would not look like motion anyway.
 */
export class FramePace {
  private last: number | null = null;
  private gaps: number[] = [];

  /** A frame was drawn at `time` (the frame's timestamp, in ms). */
  frame(time: number): void {
    if (this.last !== null) this.gaps = [...this.gaps, time - this.last].slice(-SAMPLE);
    this.last = time;
  }

  /** The loop slept and woke: the gap across the sleep is not a frame's cost. */
  restart(): void {
    this.last = null;
  }

  get tooSlowToAnimate(): boolean {
    if (this.gaps.length < SAMPLE) return false;
    const sorted = [...this.gaps].sort((a, b) => a - b);
    return sorted[Math.floor(SAMPLE / 2)]! >= SLOW_FRAME_MS;
  }
}
