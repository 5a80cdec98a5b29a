import type { Statement } from '@xapi/xapi';
import { LrsError, lrsErrorFor } from './lrs-errors';
import type { StatementQueueStore } from './statement-queue';

export interface SenderStatus {
  waiting: number;
  sending: boolean;
  stopped: boolean;
  /** The last failure in words; null once a send succeeds. */
  lastError: string | null;
}

export interface SenderOptions {
  queue: StatementQueueStore;
  /** Posts a batch in order; rejects with an LrsError (anything else counts as unreachable). */
  send: (statements: Statement[]) => Promise<void>;
  /** Timers come in from outside so the back-off can be tested without waiting. */
  schedule?: (run: () => void, ms: number) => () => void;
  onStatus?: (status: SenderStatus) => void;
  batchSize?: number;
}

/** 1 s, 2 s, 4 s… up to five minutes: an LRS that is down is not hammered, one that is back is soon used. */
export function backOff(failures: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(0, failures - 1));
}

/**
 * Sends the queue oldest first, a batch at a time, removing statements only once the LRS has
 * confirmed them, so a tab killed mid-send sends them again (same ids: the LRS keeps one copy).
 * One drain runs at a time, so order holds. A failure waits and tries again with back-off; a
 * refusal that waiting will not mend (bad key, invalid statement) waits for `sendNow`.
 */
export class StatementSender {
  private failures = 0;
  private draining: Promise<void> | null = null;
  private rerun: Promise<void> | null = null;
  private cancelRetry: (() => void) | null = null;
  private status: SenderStatus = { waiting: 0, sending: false, stopped: false, lastError: null };
  private readonly schedule: NonNullable<SenderOptions['schedule']>;

  constructor(private readonly options: SenderOptions) {
    this.schedule = options.schedule ?? ((run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    });
  }

  get current(): SenderStatus {
    return { ...this.status };
  }

  /** Sends whatever is waiting now (unless stopped); resolves when the queue is empty or a send failed. */
  kick(): Promise<void> {
    // Stopped, or waiting out a back-off: new statements wait their turn (sendNow cuts the wait short).
    if (this.status.stopped || this.cancelRetry) return this.refresh();
    // A kick during a drain must not be lost (the drain may have already read the queue): run once more after it.
    if (this.draining) {
      this.rerun ??= this.draining.then(() => {
        this.rerun = null;
        return this.kick();
      });
      return this.rerun;
    }
    this.draining = this.drain().finally(() => (this.draining = null));
    return this.draining;
  }

  /** The learner's "send now": forget the back-off and try at once. */
  sendNow(): Promise<void> {
    this.failures = 0;
    this.cancelRetry?.();
    this.cancelRetry = null;
    return this.kick();
  }

  /** "Stop sending": statements keep queuing on the device; nothing goes out until started again. */
  stop(): Promise<void> {
    this.cancelRetry?.();
    this.cancelRetry = null;
    this.update({ stopped: true });
    return this.refresh();
  }

  start(): Promise<void> {
    this.update({ stopped: false });
    return this.sendNow();
  }

  async refresh(): Promise<void> {
    this.update({ waiting: await this.options.queue.count() });
  }

  private async drain(): Promise<void> {
    this.update({ sending: true });
    try {
      for (;;) {
        if (this.status.stopped) break;
        const batch = await this.options.queue.peek(this.options.batchSize ?? 25);
        if (batch.length === 0) break;
        await this.options.send(batch.map((q) => q.statement));
        await this.options.queue.remove(batch.map((q) => q.order));
        this.failures = 0;
        this.update({ lastError: null, waiting: await this.options.queue.count() });
      }
    } catch (error) {
      const failure = error instanceof LrsError ? error : lrsErrorFor(null);
      this.failures++;
      this.update({ lastError: failure.message });
      this.cancelRetry?.();
      this.cancelRetry = null;
      if (failure.retryable && !this.status.stopped) {
        this.cancelRetry = this.schedule(() => {
          this.cancelRetry = null;
          void this.kick();
        }, backOff(this.failures));
      }
    } finally {
      this.update({ sending: false, waiting: await this.options.queue.count().catch(() => this.status.waiting) });
    }
  }

  private update(change: Partial<SenderStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus?.(this.current);
  }
}
