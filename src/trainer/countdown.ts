const MIN_DURATION_MS = 30_000;
const MAX_DURATION_MS = 30 * 60_000;

/**
 * A discussion timer that can be paused and adjusted. It holds no clock of its own: every question
 * takes the time now, so it is exact in tests and immune to a throttled background tab.
 */
export class Countdown {
  private startedAtMs: number | null = null;
  private spentMs = 0;

  constructor(private duration = 2 * 60_000) {}

  get durationMs(): number {
    return this.duration;
  }

  get running(): boolean {
    return this.startedAtMs !== null;
  }

  remainingMs(nowMs: number): number {
    const live = this.startedAtMs === null ? 0 : nowMs - this.startedAtMs;
    return Math.max(0, this.duration - this.spentMs - live);
  }

  finished(nowMs: number): boolean {
    return this.remainingMs(nowMs) === 0;
  }

  /** Starts or pauses; starting a finished timer starts it again from the top. */
  toggle(nowMs: number): void {
    if (this.startedAtMs !== null) {
      this.spentMs += nowMs - this.startedAtMs;
      this.startedAtMs = null;
      return;
    }
    if (this.finished(nowMs)) this.spentMs = 0;
    this.startedAtMs = nowMs;
  }

  reset(): void {
    this.startedAtMs = null;
    this.spentMs = 0;
  }

  /** Lengthens or shortens the whole discussion, within half a minute and half an hour. */
  adjust(deltaMs: number): void {
    this.duration = Math.min(MAX_DURATION_MS, Math.max(MIN_DURATION_MS, this.duration + deltaMs));
  }
}

/** Minutes and seconds as a clock shows them, counting a part second as a whole: 61 200 ms → "1:02". */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
