import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { openIndexedDbStore } from '../../../src/storage/indexeddb-store';
import { STORE_SCHEMA_VERSION, upgradeDatabase } from '../../../src/storage/migrations';
import { rawSession, sessionEvents } from './store-fixtures';

/** A database as version 1 of the app left it: records written straight in, with no mode on them. */
async function versionOneDatabase(name: string, sessions: unknown[], events: unknown[]): Promise<void> {
  const db = await openDB(name, 1, { upgrade: (raw, oldVersion, _new, tx) => upgradeDatabase(unwrap(raw), unwrap(tx), oldVersion, 1) });
  const tx = db.transaction(['sessions', 'events'], 'readwrite');
  for (const record of sessions) await tx.objectStore('sessions').put(record);
  for (const record of events) await tx.objectStore('events').put(record);
  await tx.done;
  db.close();
}

describe('database version 2: sessions by mode', () => {
  it('gives every readable session of version 1 its mode, so listing by mode finds it', async () => {
    const events = sessionEvents('old', [0]);
    const old = rawSession('p1', events);
    await versionOneDatabase('v1-sessions', old.sessions, old.events);
    const store = await openIndexedDbStore({ name: 'v1-sessions' });
    expect((await store.listSessionsByMode('practice')).items.map((s) => s.sessionId)).toEqual(['old']);
    expect((await store.listSessionsByMode('trainer')).items).toEqual([]);
    // Still the learner's, event for event.
    expect(await store.loadSession('old')).toEqual({ sessionId: 'old', profileId: 'p1', events });
    store.close();
  });

  it('leaves a record it cannot read exactly as it was, and the upgrade still completes', async () => {
    const noEvents = { sessionId: 'lost', profileId: 'p1', scenarioId: 'two-doors', logVersion: 2, eventCount: 3, updatedAt: '2026-11-24T09:00:00.000Z' };
    const wrongFirst = rawSession('p1', sessionEvents('odd'));
    (wrongFirst.events[0] as { event: { mode: unknown } }).event.mode = 'karaoke';
    await versionOneDatabase('v1-damaged', [noEvents, ...wrongFirst.sessions], wrongFirst.events);
    const store = await openIndexedDbStore({ name: 'v1-damaged' });
    store.close();
    const db = await openDB('v1-damaged');
    expect(db.version).toBe(STORE_SCHEMA_VERSION);
    expect(await db.get('sessions', 'lost')).toEqual(noEvents);
    expect(await db.get('sessions', 'odd')).not.toHaveProperty('mode');
    expect(await db.getAllFromIndex('sessions', 'byMode')).toEqual([]);
    db.close();
  });
});
