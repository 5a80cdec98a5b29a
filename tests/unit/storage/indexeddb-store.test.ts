import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openIndexedDbStore } from '../../../src/storage/indexeddb-store';
import { StorageUnavailableError } from '../../../src/storage/learner-store';
import { STORE_SCHEMA_VERSION, UPGRADE_STEPS } from '../../../src/storage/migrations';
import { profile } from './store-fixtures';

describe('openIndexedDbStore', () => {
  it('creates the database on first use and finds what it stored when opened again', async () => {
    const first = await openIndexedDbStore({ name: 'reopen' });
    await first.putProfile(profile('p1', 'Amira'));
    first.close();
    const again = await openIndexedDbStore({ name: 'reopen' });
    expect((await again.listProfiles()).items.map((p) => p.displayName)).toEqual(['Amira']);
  });

  it('refuses a database saved by a newer version, plainly, and leaves it as it was', async () => {
    const newer = await openDB('from-the-future', STORE_SCHEMA_VERSION + 1, { upgrade: (db) => void db.createObjectStore('kept') });
    const tx = newer.transaction('kept', 'readwrite');
    await tx.store.put('precious', 'k');
    await tx.done;
    newer.close();
    const opening = openIndexedDbStore({ name: 'from-the-future' });
    await expect(opening).rejects.toThrow(StorageUnavailableError);
    await expect(opening).rejects.toThrow(/newer version of Common Ground/);
    const check = await openDB('from-the-future');
    expect(check.version).toBe(STORE_SCHEMA_VERSION + 1);
    expect(await check.get('kept', 'k')).toBe('precious');
    check.close();
  });

  it('refuses plainly when another tab holds an older version open, and does not wait on it', async () => {
    const future = STORE_SCHEMA_VERSION + 1;
    UPGRADE_STEPS[future] = () => undefined; // a version this app will one day have
    try {
      const older = await openDB('held', STORE_SCHEMA_VERSION, { upgrade: (db) => void db.createObjectStore('kept') });
      await expect(openIndexedDbStore({ name: 'held', version: future })).rejects.toThrow(/open in another tab with an older version/);
      older.close();
      // Once the other tab goes, the late open finishes and is closed again, unused.
      const versionNow = async () => {
        const db = await openDB('held');
        db.close();
        return db.version;
      };
      await expect.poll(versionNow).toBe(future);
    } finally {
      delete UPGRADE_STEPS[future];
    }
  });

  it('steps aside, and says saving has stopped, when a newer version in another tab needs to upgrade', async () => {
    const lost = vi.fn();
    const store = await openIndexedDbStore({ name: 'upgraded-elsewhere', onLost: lost });
    const newer = openDB('upgraded-elsewhere', STORE_SCHEMA_VERSION + 1);
    (await newer).close();
    expect(lost).toHaveBeenCalledWith(expect.objectContaining({ message: expect.stringMatching(/updated in another tab; reload/) }));
    await expect(store.putProfile(profile('p1'))).rejects.toThrow(StorageUnavailableError);
  });

  it('says so when the browser offers no IndexedDB at all', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: private browsing in some browsers leaves it undefined
    delete globalThis.indexedDB;
    try {
      await expect(openIndexedDbStore({ name: 'none' })).rejects.toThrow(/does not offer storage/);
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});
