import type { RunnerSnapshot } from '../narrative/story-runner';

/** A state being explored: its node, the next of its choices to follow, and its snapshot unless thinned. */
interface Frame {
  readonly id: number;
  next: number;
  snapshot: RunnerSnapshot | null;
}

/** How to come back to the state on top: restore the snapshot, then take each frame's last choice in turn. */
interface WayBack {
  snapshot: RunnerSnapshot;
  /** The frames between, deepest last; in each, choice `next - 1` is the one that led to the frame above it. */
  replay: readonly Frame[];
}

/**
 * The depth-first explorer's stack. A story with no end is explored very deep (a state per turn of
 * its clock), and a snapshot per frame (5 KB or so) would fill memory and keep the garbage collector
 * busy: 200,000 frames took 2 GB. So only the most recent frames, where exploring comes back to
 * often, keep their snapshots; further down, one in `keepEvery`. Coming back to a frame that lost its
 * snapshot replays the few choices from the nearest one kept, which ink repeats exactly. A story
 * explored to its end is seldom deep enough for any frame to lose its snapshot.
 */
export class ExplorationStack {
  private readonly frames: Frame[] = [];

  constructor(
    private readonly keepRecent = 1_000,
    private readonly keepEvery = 16,
  ) {}

  get length(): number {
    return this.frames.length;
  }

  top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  push(id: number, snapshot: RunnerSnapshot): void {
    this.frames.push({ id, next: 0, snapshot });
    const old = this.frames.length - 1 - this.keepRecent;
    if (old > 0 && old % this.keepEvery !== 0) this.frames[old]!.snapshot = null;
  }

  pop(): void {
    this.frames.pop();
  }

  wayBack(): WayBack {
    let kept = this.frames.length - 1;
    while (this.frames[kept]!.snapshot === null) kept--;
    return { snapshot: this.frames[kept]!.snapshot!, replay: this.frames.slice(kept, this.frames.length - 1) };
  }
}
