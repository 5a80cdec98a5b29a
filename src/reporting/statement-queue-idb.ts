import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { z } from '../core/zod';
import type { Outgoing, QueuedStatement, StatementQueueStore } from './statement-queue';
import type { ReportTarget } from './session-statements';

/**
 * The statement queue in IndexedDB: its own database, apart from the learner's, so clearing or
 * upgrading one never touches the other. Records are read back through zod: a damaged one is left
 * where it is and reported, not sent half-formed.
 */
export const QUEUE_DATABASE = 'common-ground-lrs-queue';
const VERSION = 1;

interface Schema extends DBSchema {
  statements: { key: number; value: unknown; indexes: { byId: string } };
  sessions: { key: string; value: unknown };
  once: { key: string; value: { key: string } };
}

const queuedSchema = z.object({ order: z.int(), id: z.uuid(), statement: z.looseObject({ id: z.string() }) });
const sessionSchema = z.object({ sessionId: z.string(), target: z.looseObject({}), queuedThrough: z.int() });

export async function openQueueStore(name = QUEUE_DATABASE): Promise<IndexedDbQueueStore> {
  const db = await openDB<Schema>(name, VERSION, {
    upgrade(db) {
      db.createObjectStore('statements', { keyPath: 'order', autoIncrement: true }).createIndex('byId', 'id', { unique: true });
      db.createObjectStore('sessions', { keyPath: 'sessionId' });
      db.createObjectStore('once', { keyPath: 'key' });
    },
  });
  return new IndexedDbQueueStore(db);
}

export class IndexedDbQueueStore implements StatementQueueStore {
  constructor(private readonly db: IDBPDatabase<Schema>) {}

  async session(sessionId: string) {
    const raw = await this.db.get('sessions', sessionId);
    if (raw === undefined) return null;
    const parsed = sessionSchema.parse(raw);
    return { target: parsed.target as unknown as ReportTarget, queuedThrough: parsed.queuedThrough };
  }

  async enqueue(sessionId: string, target: ReportTarget, seq: number, outgoing: readonly Outgoing[]): Promise<void> {
    const tx = this.db.transaction(['statements', 'sessions', 'once'], 'readwrite');
    for (const item of outgoing) {
      if (item.onceKey !== undefined) {
        if (await tx.objectStore('once').get(item.onceKey)) continue;
        await tx.objectStore('once').put({ key: item.onceKey });
      }
      if ((await tx.objectStore('statements').index('byId').getKey(item.statement.id)) !== undefined) continue;
      await tx.objectStore('statements').add({ id: item.statement.id, statement: item.statement } as never);
    }
    const known = (await tx.objectStore('sessions').get(sessionId)) as { target: ReportTarget; queuedThrough: number } | undefined;
    await tx.objectStore('sessions').put({ sessionId, target: known?.target ?? target, queuedThrough: Math.max(seq, known?.queuedThrough ?? -1) });
    await tx.done;
  }

  async peek(limit: number): Promise<QueuedStatement[]> {
    const found: QueuedStatement[] = [];
    let cursor = await this.db.transaction('statements').store.openCursor();
    while (cursor && found.length < limit) {
      found.push(queuedSchema.parse(cursor.value) as unknown as QueuedStatement);
      cursor = await cursor.continue();
    }
    return found;
  }

  async remove(orders: readonly number[]): Promise<void> {
    const tx = this.db.transaction('statements', 'readwrite');
    for (const order of orders) await tx.store.delete(order);
    await tx.done;
  }

  async count(): Promise<number> {
    return this.db.count('statements');
  }

  close(): void {
    this.db.close();
  }
}
