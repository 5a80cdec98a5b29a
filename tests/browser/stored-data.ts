import type { Page } from 'playwright-core';
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
