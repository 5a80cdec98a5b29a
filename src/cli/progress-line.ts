/** Where a progress line goes: a terminal, or anything else (a pipe, a log file), which hears nothing. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

interface ProgressTiming {
  /** A job quicker than this never shows a line, so quick ones do not flicker past. */
  delayMs: number;
  /** The line is rewritten at most this often. */
  intervalMs: number;
}

const CLEAR_LINE = '\r\u001b[2K';

/**
 * One line on a terminal saying how far a long job has got, rewritten in place and cleared when the
 * job ends, so what is printed after it reads as if it had never been there. Only on a terminal: a
 * log or a pipe would keep every version of the line.
 */
export class ProgressLine {
  private startedAt = 0;
  private shownAt = -Infinity;
  private showing = false;

  constructor(
    private readonly stream: ProgressStream,
    private readonly now: () => number = () => performance.now(),
    private readonly timing: ProgressTiming = { delayMs: 250, intervalMs: 250 },
  ) {}

  start(): void {
    this.startedAt = this.now();
    this.shownAt = -Infinity;
  }

  update(text: string): void {
    if (!this.stream.isTTY) return;
    const at = this.now();
    if (at - this.startedAt < this.timing.delayMs || at - this.shownAt < this.timing.intervalMs) return;
    this.stream.write(CLEAR_LINE + text);
    this.shownAt = at;
    this.showing = true;
  }

  clear(): void {
    if (this.showing) this.stream.write(CLEAR_LINE);
    this.showing = false;
  }
}
