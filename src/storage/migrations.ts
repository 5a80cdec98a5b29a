import { SESSION_MODES } from '../session/session-events';

/**
 * The IndexedDB database's own version: its object stores and indexes. Raise it, and add a step
 * here, whenever they change. Steps run in order inside the browser's upgrade transaction, so an
 * upgrade happens whole or not at all. (What is inside a stored event log has its own version and
 * migrations in session/log-migrations.ts; a stored session says which log version it holds.)
 */
export const STORE_SCHEMA_VERSION = 2;
export const DATABASE_NAME = 'common-ground';

/** Version n's step takes the database from version n − 1 to n, inside the upgrade transaction `tx`. */
export const UPGRADE_STEPS: Record<number, (db: IDBDatabase, tx: IDBTransaction) => void> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('sessions', { keyPath: 'sessionId' }).createIndex('byProfile', 'profileId');
    // One record per event, keyed by session and sequence, so appending one is one small write.
    db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
  },
  // Sessions by mode, so a trainer's group sessions (which belong to no profile) can be listed. Each
  // session record now carries its mode; older records get it from their first event. A record
  // that cannot be read is left exactly as it is (reading it still reports what is wrong).
  2: (_db, tx) => {
    const sessions = tx.objectStore('sessions');
    sessions.createIndex('byMode', 'mode');
    const events = tx.objectStore('events');
    const all = sessions.getAll();
    all.onsuccess = () => {
      for (const record of all.result as unknown[]) {
        if (!isRecord(record) || 'mode' in record || typeof record.sessionId !== 'string') continue;
        const first = events.get([record.sessionId, 0]);
        first.onsuccess = () => {
          const mode = modeOf(first.result);
          if (mode) sessions.put({ ...record, mode });
        };
      }
    };
  },
};

export function upgradeDatabase(db: IDBDatabase, tx: IDBTransaction, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADE_STEPS[version];
    if (!step) throw new Error(`no upgrade step to database version ${version}`);
    step(db, tx);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The mode of a stored first event, if it is a session-started with a mode this app knows. */
function modeOf(eventRecord: unknown): string | null {
  const event = isRecord(eventRecord) ? eventRecord.event : null;
  if (!isRecord(event) || event.type !== 'session-started') return null;
  return (SESSION_MODES as readonly unknown[]).includes(event.mode) ? (event.mode as string) : null;
}
