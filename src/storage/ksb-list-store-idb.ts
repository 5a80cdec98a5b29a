import { openDB, type IDBPDatabase } from 'idb';
import { readStoredKsbList, type KsbListStore, type StoredKsbList } from './ksb-list-store';

/** Its own database, apart from learners' saves and witness records. Bump VERSION with an upgrade step. */
const DATABASE = 'common-ground-ksb-lists';
const VERSION = 1;
const LISTS = 'lists';
const CHOICE = 'choice';
const ACTIVE_KEY = 'active';

export class IdbKsbListStore implements KsbListStore {
  private db: Promise<IDBPDatabase> | undefined;

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(DATABASE, VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(LISTS)) db.createObjectStore(LISTS, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(CHOICE)) db.createObjectStore(CHOICE);
      },
    });
    return this.db;
  }

  async all(): Promise<StoredKsbList[]> {
    const all: unknown[] = await (await this.open()).getAll(LISTS);
    return all.map(readStoredKsbList).filter((e): e is StoredKsbList => e !== undefined);
  }

  async put(entry: StoredKsbList): Promise<void> {
    await (await this.open()).put(LISTS, entry);
  }

  /** Deleting the active list makes the built-in one active, in the same transaction. */
  async remove(id: string): Promise<void> {
    const tx = (await this.open()).transaction([LISTS, CHOICE], 'readwrite');
    const active: unknown = await tx.objectStore(CHOICE).get(ACTIVE_KEY);
    await Promise.all([tx.objectStore(LISTS).delete(id), active === id ? tx.objectStore(CHOICE).put(null, ACTIVE_KEY) : null, tx.done]);
  }

  async activeId(): Promise<string | null> {
    const id: unknown = await (await this.open()).get(CHOICE, ACTIVE_KEY);
    return typeof id === 'string' ? id : null;
  }

  async setActiveId(id: string | null): Promise<void> {
    await (await this.open()).put(CHOICE, id, ACTIVE_KEY);
  }
}
