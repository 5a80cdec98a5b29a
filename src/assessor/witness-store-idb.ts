import { openDB, type IDBPDatabase } from 'idb';
import { readStoredEntry, type LockerEntry, type WitnessStore } from './witness-store';

/** Its own database, so it never clashes with the learner's saves. Bump VERSION with an upgrade step. */
const DATABASE = 'common-ground-witness-records';
const VERSION = 1;
const RECORDS = 'records';

export class IdbWitnessStore implements WitnessStore {
  private db: Promise<IDBPDatabase> | undefined;

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(DATABASE, VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS, { keyPath: 'id' });
      },
    });
    return this.db;
  }

  async put(entry: LockerEntry): Promise<void> {
    await (await this.open()).put(RECORDS, entry);
  }

  async get(id: string): Promise<LockerEntry | undefined> {
    return readStoredEntry(await (await this.open()).get(RECORDS, id));
  }

  async list(): Promise<LockerEntry[]> {
    const all: unknown[] = await (await this.open()).getAll(RECORDS);
    return all.map(readStoredEntry).filter((e): e is LockerEntry => e !== undefined);
  }
}
