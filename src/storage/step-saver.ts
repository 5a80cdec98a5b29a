import type { SessionEvent } from '../session/session-events';
import type { SessionLog } from '../session/session-log';
import { StorageFullError, type LearnerStore } from './learner-store';
import { classifyStorageError } from './storage-errors';

/**
 * Where a session's saving stands.
 * - `saved`: everything in the log is on the device.
 * - `behind`: the device is full; the rest is held in memory and retried (periodically and on the
 *   next write) until space frees. `unsavedDecisions` is what to tell the learner.
 * - `stopped`: nothing more is written from this page (another tab took the attempt over, or the
 *   store went away); what is stored stays an unbroken prefix of the log that can be resumed.
 */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'behind'; unsavedEvents: number; unsavedDecisions: number; reason: Error }
  | { kind: 'stopped'; unsavedEvents: number; unsavedDecisions: number; reason: Error };

export interface StepSaverOptions {
  store: LearnerStore;
  /** Whose session it is; null for one that belongs to no profile (a trainer's group session). */
  profileId: string | null;
  log: SessionLog;
  /** How many of the log's events are already stored: 0 for a new session, more for a resumed one. */
  storedCount: number;
  /** Told of every change of state, e.g. to show or clear "2 decisions not saved yet". */
  onChange?: (state: SaveState) => void;
  /** How often to try again while the device is full. */
  retryEveryMs?: number;
}

/** Anything that can make what a session has done so far durable before the result is shown. */
export interface Committer {
  commit(): Promise<SaveState>;
}

/**
 * Saves a session step by step: `commit()` writes every event the log holds that is not stored yet
 * (a choice, its passages and the options offered next) in ONE transaction, and resolves once it has
 * committed. The caller shows the result of a step only after that (commit-then-show), so whatever
 * a learner has seen is on the device. Commits run one after another, never at once.
 *
 * A failure never rejects: play goes on in memory. A full device is retried; anything else stops
 * writing, so the stored log is never left with a gap.
 */
export class StepSaver implements Committer {
  private stored: number;
  private current: SaveState = { kind: 'saved' };
  private queue: Promise<SaveState> = Promise.resolve(this.current);
  private retryTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: StepSaverOptions) {
    this.stored = options.storedCount;
  }

  get state(): SaveState {
    return this.current;
  }

  commit(): Promise<SaveState> {
    this.queue = this.queue.then(() => this.writePending());
    return this.queue;
  }

  /** Stop writing for good, e.g. the attempt now continues in another tab. */
  stop(reason: Error): void {
    this.clearRetry();
    this.setState({ kind: 'stopped', ...this.unsaved(), reason });
  }

  /** The page is leaving: no more retries (a write in progress still finishes). */
  dispose(): void {
    this.clearRetry();
  }

  private async writePending(): Promise<SaveState> {
    if (this.current.kind === 'stopped') return this.current;
    const pending = this.options.log.events.slice(this.stored);
    if (pending.length === 0) return this.current;
    try {
      await this.write(pending);
      this.stored += pending.length;
      this.clearRetry();
      this.setState({ kind: 'saved' });
    } catch (error) {
      const reason = classifyStorageError(error);
      if (reason instanceof StorageFullError) {
        this.setState({ kind: 'behind', ...this.unsaved(), reason });
        this.scheduleRetry();
      } else {
        this.clearRetry();
        this.setState({ kind: 'stopped', ...this.unsaved(), reason });
      }
    }
    return this.current;
  }

  private write(events: readonly SessionEvent[]): Promise<void> {
    const { store, profileId, log } = this.options;
    if (this.stored === 0) return store.putSession(profileId, events, { replace: false });
    return store.appendEvents(log.started.sessionId, events);
  }

  private unsaved(): { unsavedEvents: number; unsavedDecisions: number } {
    const pending = this.options.log.events.slice(this.stored);
    return { unsavedEvents: pending.length, unsavedDecisions: pending.filter(isDecision).length };
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== null) return;
    this.retryTimer = setInterval(() => void this.commit(), this.options.retryEveryMs ?? 10_000);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearInterval(this.retryTimer);
    this.retryTimer = null;
  }

  private setState(next: SaveState): void {
    const same = JSON.stringify({ ...next, reason: undefined }) === JSON.stringify({ ...this.current, reason: undefined });
    this.current = next;
    if (!same) this.options.onChange?.(next);
  }
}

function isDecision(event: SessionEvent): boolean {
  return event.type === 'choice-made' || event.type === 'choice-undone';
}
