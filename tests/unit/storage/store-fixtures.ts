import 'fake-indexeddb/auto';
import { openDB, unwrap } from 'idb';
import { PlaySession } from '../../../src/session/play-session';
import type { SessionEvent } from '../../../src/session/session-events';
import { TrainerSession } from '../../../src/trainer/trainer-session';
import { openIndexedDbStore } from '../../../src/storage/indexeddb-store';
import type { LearnerStore, Profile } from '../../../src/storage/learner-store';
import { MemoryStore } from '../../../src/storage/memory-store';
import { STORE_SCHEMA_VERSION, upgradeDatabase } from '../../../src/storage/migrations';
import type { RawRecords } from '../../../src/storage/stored-records';
import { compileFixture } from '../../fixtures/compile-fixture';

export type StoreFactory = (seed?: RawRecords) => Promise<LearnerStore>;

let databases = 0;

/** A fresh fake-IndexedDB database per call, with any raw records written straight into it first. */
export const indexedDbFactory: StoreFactory = async (seed = {}) => {
  const name = `test-${++databases}`;
  const db = await openDB(name, STORE_SCHEMA_VERSION, { upgrade: (raw, oldVersion, _new, tx) => upgradeDatabase(unwrap(raw), unwrap(tx), oldVersion, STORE_SCHEMA_VERSION) });
  const tx = db.transaction(['profiles', 'sessions', 'events'], 'readwrite');
  for (const record of seed.profiles ?? []) await tx.objectStore('profiles').put(record);
  for (const record of seed.sessions ?? []) await tx.objectStore('sessions').put(record);
  for (const record of seed.events ?? []) await tx.objectStore('events').put(record);
  await tx.done;
  db.close();
  return openIndexedDbStore({ name });
};

export const memoryFactory: StoreFactory = async (seed) => new MemoryStore(seed ? { seed } : {});

export function profile(id: string, displayName = `Learner ${id}`): Profile {
  return { id, displayName, pin: null, createdAt: '2026-11-24T09:00:00.000Z' };
}

/** A real session log from the two-doors fixture, choices taken in order. */
export function sessionEvents(sessionId: string, choices: number[] = [0]): SessionEvent[] {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 4, mode: 'practice' });
  for (const choice of choices) session.choose(choice);
  return [...session.log.events];
}

/** A trainer's group session on the two-doors fixture: the room's hands, then its choice. */
export function groupSessionEvents(sessionId: string): SessionEvent[] {
  const session = TrainerSession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 4 });
  session.recordVotes([{ index: 0, hands: 3 }, { index: 1, hands: 5 }]);
  session.take(0, 'to see the other door');
  return [...session.log.events];
}

/** Stores a session the way autosave does: the first event, then one append per event. */
export async function saveSession(store: LearnerStore, profileId: string | null, events: readonly SessionEvent[]): Promise<void> {
  const started = events[0] as Extract<SessionEvent, { type: 'session-started' }>;
  await store.beginSession(profileId, started);
  for (const event of events.slice(1)) await store.appendEvents(started.sessionId, [event]);
}

/** The raw records a store would hold for a session: for seeding damaged copies. */
export function rawSession(profileId: string, events: readonly SessionEvent[], logVersion = 2): Required<Pick<RawRecords, 'sessions' | 'events'>> {
  const started = events[0] as Extract<SessionEvent, { type: 'session-started' }>;
  return {
    sessions: [{ sessionId: started.sessionId, profileId, scenarioId: started.scenarioId, logVersion, eventCount: events.length, updatedAt: events.at(-1)!.at }],
    events: events.map((event) => ({ sessionId: started.sessionId, seq: event.seq, event: structuredClone(event) })),
  };
}
