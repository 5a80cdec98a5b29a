import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { SequenceError, StorageFullError, type LearnerStore } from '../../../src/storage/learner-store';
import { MemoryStore } from '../../../src/storage/memory-store';
import { StepSaver } from '../../../src/storage/step-saver';
import { compileFixture } from '../../fixtures/compile-fixture';

function newSession(sessionId = 'a1') {
  return PlaySession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 9, mode: 'practice' });
}

/** Counts the store's write calls, so a test can see how many transactions a step took. */
function counting(store: LearnerStore) {
  const writes: number[] = [];
  const appendEvents = store.appendEvents.bind(store);
  const putSession = store.putSession.bind(store);
  store.appendEvents = async (id, events) => {
    writes.push(events.length);
    return appendEvents(id, events);
  };
  store.putSession = async (profileId, events, options) => {
    writes.push(events.length);
    return putSession(profileId, events, options);
  };
  return writes;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('StepSaver', () => {
  it('writes a whole step (the choice, its passages, the next options) in one transaction, and resolves once it is stored', async () => {
    const store = new MemoryStore();
    const writes = counting(store);
    const session = newSession();
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 0 });
    await saver.commit();
    const before = session.log.events.length;
    session.choose(0);
    const step = session.log.events.length - before;
    expect(step).toBeGreaterThan(1);
    expect(await saver.commit()).toEqual({ kind: 'saved' });
    expect(writes).toEqual([before, step]);
    expect(await store.loadSession('a1')).toEqual({ sessionId: 'a1', profileId: 'p1', events: [...session.log.events] });
  });

  it('writes only what is not stored yet when a session is resumed, and nothing when nothing is new', async () => {
    const store = new MemoryStore();
    const writes = counting(store);
    const session = newSession();
    await store.putSession('p1', session.log.events.slice(0, 2), { replace: false });
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 2 });
    await saver.commit();
    await saver.commit();
    expect(writes).toEqual([2, session.log.events.length - 2]);
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events });
  });

  it('on a full device counts the decisions not yet kept, plays on, and stores them on the next write once there is room', async () => {
    const session = newSession();
    const store = new MemoryStore({ capacityEvents: session.log.events.length });
    const onChange = vi.fn();
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 0, onChange });
    await saver.commit();
    session.choose(0);
    expect(await saver.commit()).toMatchObject({ kind: 'behind', unsavedDecisions: 1, reason: expect.any(StorageFullError) });
    saver.dispose();
    // Space frees: the store now takes everything.
    (store as unknown as { capacity: number }).capacity = Infinity;
    session.choose(0);
    expect(await saver.commit()).toEqual({ kind: 'saved' });
    expect(onChange.mock.calls.map(([s]) => s.kind)).toEqual(['behind', 'saved']);
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events });
  });

  it('retries on its own while the device is full', async () => {
    vi.useFakeTimers();
    const session = newSession();
    const store = new MemoryStore({ capacityEvents: session.log.events.length });
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 0, retryEveryMs: 1000 });
    await saver.commit();
    session.choose(1);
    await saver.commit();
    expect(saver.state.kind).toBe('behind');
    (store as unknown as { capacity: number }).capacity = Infinity;
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.state.kind).toBe('saved');
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events });
  });

  it('stops for good when the stored log no longer follows on (another tab wrote to it), leaving what is stored intact', async () => {
    const store = new MemoryStore();
    const session = newSession();
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 0 });
    await saver.commit();
    const other = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 1 });
    session.choose(0);
    expect(await other.commit()).toMatchObject({ kind: 'stopped', reason: expect.any(SequenceError) });
    session.choose(0);
    expect(await other.commit()).toMatchObject({ kind: 'stopped' });
    expect((await store.loadSession('a1')) as { events: unknown[] }).toMatchObject({ events: session.log.events.slice(0, 3) });
  });

  it('writes nothing after stop()', async () => {
    const store = new MemoryStore();
    const session = newSession();
    const saver = new StepSaver({ store, profileId: 'p1', log: session.log, storedCount: 0 });
    await saver.commit();
    const stored = session.log.events.length;
    saver.stop(new Error('continuing in another tab'));
    session.choose(0);
    expect(await saver.commit()).toMatchObject({ kind: 'stopped', unsavedDecisions: 0 });
    expect((await store.loadSession('a1')) as { events: unknown[] }).toMatchObject({ events: session.log.events.slice(0, stored) });
  });
});
