/**
 * The IndexedDB database's own version: its object stores and indexes. Raise it, and add a step
 * here, whenever they change. Steps run in order inside the browser's upgrade transaction, so an
 * upgrade happens whole or not at all. (What is inside a stored event log has its own version and
 * migrations in session/log-migrations.ts; a stored session says which log version it holds.)
 */
export const STORE_SCHEMA_VERSION = 1;
export const DATABASE_NAME = 'common-ground';

/** Version n's step takes the database from version n − 1 to n. */
export const UPGRADE_STEPS: Record<number, (db: IDBDatabase) => void> = {
  1: (db) => {
    db.createObjectStore('profiles', { keyPath: 'id' });
    db.createObjectStore('sessions', { keyPath: 'sessionId' }).createIndex('byProfile', 'profileId');
    // One record per event, keyed by session and sequence, so appending one is one small write.
    db.createObjectStore('events', { keyPath: ['sessionId', 'seq'] });
  },
};

export function upgradeDatabase(db: IDBDatabase, oldVersion: number, newVersion: number): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = UPGRADE_STEPS[version];
    if (!step) throw new Error(`no upgrade step to database version ${version}`);
    step(db);
  }
}
