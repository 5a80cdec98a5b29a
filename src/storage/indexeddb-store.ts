import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { SESSION_LOG_VERSION, type SessionEvent, type SessionMode } from '../session/session-events';
import {
  SequenceError,
  StorageUnavailableError,
  type LearnerStore,
  type Loaded,
  type Profile,
  type SessionWrite,
  type StoredSession,
  type StoreProblem,
} from './learner-store';
import { DATABASE_NAME, STORE_SCHEMA_VERSION, upgradeDatabase } from './migrations';
import { classifyStorageError } from './storage-errors';
import { decodeProfile, decodeSession, decodeSessionRecord, eventRecord, newSessionRecord, recordAfterAppend, splitLoaded } from './stored-records';

/** Records are `unknown` on the way out: stored-records.ts validates every one as it is read. */
interface Schema extends DBSchema {
  profiles: { key: string; value: unknown };
  sessions: { key: string; value: unknown; indexes: { byProfile: string; byMode: string } };
  events: { key: [string, number]; value: unknown };
}
type Db = IDBPDatabase<Schema>;
type Store = StoreNames<Schema>;
type WriteTx<S extends Store[]> = IDBPTransaction<Schema, S, 'readwrite'>;

export interface OpenOptions {
  name?: string;
  /** The database version to open; only tests of upgrades set it. */
  version?: number;
  /** Called when the store stops working after it opened: another tab upgraded it, or the browser closed it. */
  onLost?: (reason: StorageUnavailableError) => void;
}

/**
 * Opens the device's store. Rejects with StorageUnavailableError (never touching stored data) when
 * there is no IndexedDB, the database is from a newer version, or an older tab blocks the upgrade.
 */
export async function openIndexedDbStore(options: OpenOptions = {}): Promise<IndexedDbStore> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('this browser does not offer storage for web pages (private browsing?)');
  return new Promise((resolve, reject) => {
    let blocked = false;
    let db: Db | undefined;
    const version = options.version ?? STORE_SCHEMA_VERSION;
    const opening = openDB<Schema>(options.name ?? DATABASE_NAME, version, {
      upgrade: (db, oldVersion, newVersion, tx) => upgradeDatabase(unwrap(db), unwrap(tx), oldVersion, newVersion ?? version),
      blocked: () => {
        blocked = true;
        reject(new StorageUnavailableError('Common Ground is open in another tab with an older version; close that tab and reload this page to save your progress'));
      },
      blocking: () => {
        db?.close();
        options.onLost?.(new StorageUnavailableError('Common Ground was updated in another tab; reload this page to keep saving'));
      },
      terminated: () => options.onLost?.(new StorageUnavailableError('the browser closed its connection to this device’s storage')),
    });
    opening.then(
      (opened) => {
        db = opened;
        // A blocked open may finish later, once the other tab goes; by then this page has moved on.
        if (blocked) opened.close();
        else resolve(new IndexedDbStore(opened));
      },
      (error: unknown) => reject(classifyStorageError(error)),
    );
  });
}

export class IndexedDbStore implements LearnerStore {
  readonly kind = 'indexeddb';

  constructor(private readonly db: Db) {}

  close(): void {
    this.db.close();
  }

  async listProfiles(): Promise<Loaded<Profile>> {
    return this.read(async () => splitLoaded((await this.db.getAll('profiles')).map(decodeProfile)));
  }

  async putProfile(profile: Profile): Promise<void> {
    await this.write(['profiles'], async (tx) => {
      await tx.objectStore('profiles').put(profile);
    });
  }

  async deleteProfile(profileId: string): Promise<void> {
    await this.write(['profiles', 'sessions', 'events'], async (tx) => {
      const sessionIds = await tx.objectStore('sessions').index('byProfile').getAllKeys(profileId);
      for (const sessionId of sessionIds) await deleteSessionIn(tx, sessionId);
      await tx.objectStore('profiles').delete(profileId);
    });
  }

  async listSessions(profileId?: string): Promise<Loaded<StoredSession>> {
    // The index leaves out a record whose profileId is null (not a key): a group session has none.
    return this.listBy('byProfile', profileId);
  }

  async listSessionsByMode(mode: SessionMode): Promise<Loaded<StoredSession>> {
    return this.listBy('byMode', mode);
  }

  private async listBy(index: 'byProfile' | 'byMode', key: string | undefined): Promise<Loaded<StoredSession>> {
    return this.read(async () => {
      const tx = this.db.transaction(['sessions', 'events']);
      const records = await tx.objectStore('sessions').index(index).getAll(key);
      const results: (StoredSession | StoreProblem)[] = [];
      for (const raw of records) results.push(await readSession(tx, raw));
      return splitLoaded(results);
    });
  }

  async loadSession(sessionId: string): Promise<StoredSession | StoreProblem | null> {
    return this.read(async () => {
      const tx = this.db.transaction(['sessions', 'events']);
      const raw = await tx.objectStore('sessions').get(sessionId);
      return raw === undefined ? null : readSession(tx, raw);
    });
  }

  async beginSession(profileId: string | null, started: SessionEvent): Promise<void> {
    await this.putSession(profileId, [started], { replace: false });
  }

  async appendEvents(sessionId: string, events: readonly SessionEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.write(['sessions', 'events'], async (tx) => {
      const record = recordAfterAppend(await tx.objectStore('sessions').get(sessionId), sessionId, events);
      if (record.logVersion < SESSION_LOG_VERSION) {
        // Written by an older version: bring its events up to date the first time it grows.
        const current = await readSession(tx, await tx.objectStore('sessions').get(sessionId));
        if ('problem' in current) throw new SequenceError(`session ${sessionId} cannot be added to: ${current.problem}`);
        for (const old of current.events) await tx.objectStore('events').put(eventRecord(sessionId, old));
        record.logVersion = SESSION_LOG_VERSION;
      }
      // Both requests go out together: every round trip waits for the page's main thread, which a
      // busy scene (software-rendered WebGL) can hold for tens of milliseconds.
      await Promise.all([...events.map((event) => tx.objectStore('events').add(eventRecord(sessionId, event))), tx.objectStore('sessions').put(record)]);
    });
  }

  async putSession(profileId: string | null, events: readonly SessionEvent[], options: { replace: boolean }): Promise<void> {
    await this.putSessions([{ profileId, events, replace: options.replace }]);
  }

  async putSessions(writes: readonly SessionWrite[]): Promise<void> {
    if (writes.length === 0) return;
    const records = writes.map((w) => newSessionRecord(w.profileId, w.events));
    await this.write(['sessions', 'events'], async (tx) => {
      const sessions = tx.objectStore('sessions');
      const existing = await Promise.all(records.map((r) => sessions.getKey(r.sessionId)));
      const clash = records.find((r, i) => existing[i] !== undefined && !writes[i]!.replace);
      if (clash) throw new SequenceError(`session ${clash.sessionId} is already stored`);
      await Promise.all(records.flatMap((r, i) => (existing[i] === undefined ? [] : [deleteSessionIn(tx, r.sessionId)])));
      // All requests at once: each round trip waits for the page's main thread (see appendEvents).
      const events = tx.objectStore('events');
      await Promise.all(records.flatMap((r, i) => [...writes[i]!.events.map((event) => events.add(eventRecord(r.sessionId, event))), sessions.put(r)]));
    });
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.write(['sessions', 'events'], (tx) => deleteSessionIn(tx, sessionId));
  }

  async deleteEverything(): Promise<void> {
    await this.write(['profiles', 'sessions', 'events'], async (tx) => {
      await Promise.all([tx.objectStore('profiles').clear(), tx.objectStore('sessions').clear(), tx.objectStore('events').clear()]);
    });
  }

  private async read<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw classifyStorageError(error);
    }
  }

  /**
   * One atomic write. 'strict' durability asks the browser to flush to disk before saying it is
   * done, so a power cut straight after cannot lose an event the game already counted as saved.
   */
  private async write<S extends Store[]>(stores: S, work: (tx: WriteTx<S>) => Promise<void>): Promise<void> {
    let tx: WriteTx<S> | undefined;
    try {
      tx = this.db.transaction(stores, 'readwrite', { durability: 'strict' });
      await work(tx);
      await tx.done;
    } catch (error) {
      if (tx) {
        try {
          tx.abort();
        } catch {
          // Already finished or aborted: nothing was written either way.
        }
        await tx.done.catch(() => undefined);
      }
      throw classifyStorageError(error);
    }
  }
}

type AnyTx = IDBPTransaction<Schema, ('sessions' | 'events')[], IDBTransactionMode> | IDBPTransaction<Schema, Store[], IDBTransactionMode>;

async function readSession(tx: AnyTx, raw: unknown): Promise<StoredSession | StoreProblem> {
  const record = decodeSessionRecord(raw);
  if ('problem' in record) return record;
  const events = await (tx as IDBPTransaction<Schema, ['sessions', 'events']>).objectStore('events').getAll(eventRange(record.sessionId));
  return decodeSession(record, events);
}

async function deleteSessionIn(tx: WriteTx<Store[]> | WriteTx<('sessions' | 'events')[]>, sessionId: string): Promise<void> {
  const writable = tx as WriteTx<['sessions', 'events']>;
  await writable.objectStore('events').delete(eventRange(sessionId));
  await writable.objectStore('sessions').delete(sessionId);
}

function eventRange(sessionId: string): IDBKeyRange {
  return IDBKeyRange.bound([sessionId, 0], [sessionId, Number.MAX_SAFE_INTEGER]);
}
