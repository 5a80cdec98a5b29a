import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readQueued, type NoteQueue, type QueuedAddition } from './note-queue';

/**
 * The assessor's waiting notes in IndexedDB: a small database of its own beside the learner's, as
 * the evidence locker has, so it never takes part in (or blocks) the sessions database's upgrades.
 * `order` counts up as notes are queued, so reading by session gives them oldest first.
 */
export const NOTE_QUEUE_DATABASE = 'common-ground-assessor-queue';
const VERSION = 1;

interface Schema extends DBSchema {
  additions: { key: number; value: unknown; indexes: { bySession: string; byId: string } };
}

export class IdbNoteQueue implements NoteQueue {
  private db: Promise<IDBPDatabase<Schema>> | undefined;

  constructor(private readonly name = NOTE_QUEUE_DATABASE) {}

  private open(): Promise<IDBPDatabase<Schema>> {
    this.db ??= openDB<Schema>(this.name, VERSION, {
      upgrade(db) {
        const additions = db.createObjectStore('additions', { keyPath: 'order', autoIncrement: true });
        additions.createIndex('bySession', 'sessionId');
        additions.createIndex('byId', 'addition.additionId', { unique: true });
      },
    });
    return this.db;
  }

  async list(sessionId: string): Promise<QueuedAddition[]> {
    const all: unknown[] = await (await this.open()).getAllFromIndex('additions', 'bySession', sessionId);
    return all.map(readQueued).filter((e): e is QueuedAddition => e !== undefined);
  }

  async add(item: QueuedAddition): Promise<void> {
    // Strict: the browser has it on disk before the window says the note waits on this device.
    const tx = (await this.open()).transaction('additions', 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.add({ sessionId: item.sessionId, addition: item.addition } as never), tx.done]);
  }

  async remove(additionId: string): Promise<void> {
    const tx = (await this.open()).transaction('additions', 'readwrite');
    const key = await tx.store.index('byId').getKey(additionId);
    if (key !== undefined) await tx.store.delete(key);
    await tx.done;
  }

  close(): void {
    void this.db?.then((db) => db.close());
  }
}
