import type { Statement } from '@xapi/xapi';
import type { ReportTarget } from './session-statements';

/** A statement waiting to be sent; `order` is its place in the queue (sent oldest first). */
export interface QueuedStatement {
  order: number;
  id: string;
  statement: Statement & { id: string };
}

/**
 * A statement to add, with an optional `onceKey`: cmi5 allows one `completed` and one `passed` per
 * registration, so those carry a key and the queue drops a second one with the same key.
 */
export interface Outgoing {
  statement: Statement & { id: string };
  onceKey?: string;
}

/**
 * Where statements wait until an LRS has them. Each session's progress is kept beside its queue, in
 * the same transaction, so after a tab is killed the reporter carries on from the last event whose
 * statements are safely queued: nothing is skipped and nothing is queued twice.
 */
export interface StatementQueueStore {
  /** The target a session's statements were first built for, and the last event already queued. */
  session(sessionId: string): Promise<{ target: ReportTarget; queuedThrough: number } | null>;
  /** Queues the statements one event gave rise to and records that `seq` is done, all at once. */
  enqueue(sessionId: string, target: ReportTarget, seq: number, outgoing: readonly Outgoing[]): Promise<void>;
  /** The oldest `limit` waiting statements. */
  peek(limit: number): Promise<QueuedStatement[]>;
  /** Takes away statements the LRS has confirmed. */
  remove(orders: readonly number[]): Promise<void>;
  count(): Promise<number>;
}

/** The same queue in memory: for tests, and for a browser that offers no IndexedDB (nothing survives a reload). */
export class MemoryQueueStore implements StatementQueueStore {
  private next = 1;
  private readonly waiting: QueuedStatement[] = [];
  private readonly sessions = new Map<string, { target: ReportTarget; queuedThrough: number }>();
  private readonly once = new Set<string>();

  async session(sessionId: string) {
    const found = this.sessions.get(sessionId);
    return found ? structuredClone(found) : null;
  }

  async enqueue(sessionId: string, target: ReportTarget, seq: number, outgoing: readonly Outgoing[]): Promise<void> {
    for (const item of outgoing) {
      if (item.onceKey !== undefined && this.once.has(item.onceKey)) continue;
      if (item.onceKey !== undefined) this.once.add(item.onceKey);
      if (this.waiting.some((w) => w.id === item.statement.id)) continue;
      this.waiting.push({ order: this.next++, id: item.statement.id, statement: structuredClone(item.statement) });
    }
    const known = this.sessions.get(sessionId);
    this.sessions.set(sessionId, { target: known?.target ?? structuredClone(target), queuedThrough: Math.max(seq, known?.queuedThrough ?? -1) });
  }

  async peek(limit: number): Promise<QueuedStatement[]> {
    return structuredClone(this.waiting.slice(0, limit));
  }

  async remove(orders: readonly number[]): Promise<void> {
    const gone = new Set(orders);
    for (let i = this.waiting.length - 1; i >= 0; i--) if (gone.has(this.waiting[i]!.order)) this.waiting.splice(i, 1);
  }

  async count(): Promise<number> {
    return this.waiting.length;
  }
}
