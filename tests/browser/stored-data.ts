import type { Page } from 'playwright-core';
import { readQueued, type QueuedAddition } from '../../src/assessor/note-queue';
import { NOTE_QUEUE_DATABASE } from '../../src/assessor/note-queue-idb';
import type { StoredSession, StoreProblem } from '../../src/storage/learner-store';
import { DATABASE_NAME } from '../../src/storage/migrations';
import { decodeSession, decodeSessionRecord } from '../../src/storage/stored-records';

// Plain source text, not a function: tsx (which runs the soak script) would wrap a function in
// helpers that do not exist inside the page.
const READ_ALL = `async (name) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  if (!db.objectStoreNames.contains('sessions')) { db.close(); return { sessions: [], events: [] }; }
  const tx = db.transaction(['sessions', 'events']);
  const read = (store) => new Promise((resolve) => { const request = tx.objectStore(store).getAll(); request.onsuccess = () => resolve(request.result); });
  const result = { sessions: await read('sessions'), events: await read('events') };
  db.close();
  return result;
}`;

/**
 * Every session stored in the page's IndexedDB, read raw in the browser and checked in Node by the
 * same decoders the app uses. Reading opens its own connection and never writes.
 */
export async function readStoredSessions(page: Page): Promise<(StoredSession | StoreProblem)[]> {
  const raw = (await page.evaluate(`(${READ_ALL})(${JSON.stringify(DATABASE_NAME)})`)) as { sessions: unknown[]; events: unknown[] };
  return raw.sessions.map((rawRecord) => {
    const record = decodeSessionRecord(rawRecord);
    if ('problem' in record) return record;
    const events = raw.events.filter((e) => (e as { sessionId: string }).sessionId === record.sessionId);
    return decodeSession(record, events);
  });
}

/**
 * Changes one stored event in place, as a hand edit or a damaged disk would: `change` is the body
 * of a function of `event` (plain source text, for the same reason as READ_ALL).
 */
export async function editStoredEvent(page: Page, sessionId: string, seq: number, change: string): Promise<void> {
  await page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(${JSON.stringify(DATABASE_NAME)});
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('events', 'readwrite');
    const store = tx.objectStore('events');
    const request = store.get([${JSON.stringify(sessionId)}, ${seq}]);
    request.onsuccess = () => {
      const record = request.result;
      const event = record.event;
      ${change};
      store.put(record);
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  })()`);
}

/**
 * The assessor's notes still waiting in the page's IndexedDB for the apprentice's screen, oldest
 * first, read raw and checked by the app's own decoder (a damaged entry would read as undefined).
 */
export async function readQueuedNotes(page: Page): Promise<(QueuedAddition | undefined)[]> {
  // Never opened before the app has made it: opening a database that is not there would make an empty one.
  const raw = (await page.evaluate(`(async (name) => {
    if (!(await indexedDB.databases()).some((d) => d.name === name)) return [];
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    if (!db.objectStoreNames.contains('additions')) { db.close(); return []; }
    const request = db.transaction('additions').objectStore('additions').getAll();
    const all = await new Promise((resolve) => (request.onsuccess = () => resolve(request.result)));
    db.close();
    return all;
  })(${JSON.stringify(NOTE_QUEUE_DATABASE)})`)) as unknown[];
  return raw.map(readQueued);
}
