import { describe, expect, it, vi } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { startAutosave } from '../../../src/storage/autosave';
import { StorageFullError } from '../../../src/storage/learner-store';
import { MemoryStore } from '../../../src/storage/memory-store';
import { compileFixture } from '../../fixtures/compile-fixture';

function newSession(sessionId = 'a1') {
  return PlaySession.start({ scenario: compileFixture('two-doors'), sessionId, seed: 9, mode: 'practice' });
}

describe('startAutosave', () => {
  it('stores every event of a session as it happens, in order', async () => {
    const store = new MemoryStore();
    const session = newSession();
    const autosave = startAutosave({ store, profileId: 'p1', log: session.log, storedCount: 0, onFailure: vi.fn() });
    await autosave.settled();
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events });
    session.choose(1);
    session.undo();
    session.choose(0);
    await autosave.settled();
    expect(await store.loadSession('a1')).toEqual({ sessionId: 'a1', profileId: 'p1', events: [...session.log.events] });
  });

  it('writes only what is not stored yet when a session is resumed', async () => {
    const store = new MemoryStore();
    const session = newSession();
    await store.putSession('p1', session.log.events.slice(0, 2), { replace: false });
    const autosave = startAutosave({ store, profileId: 'p1', log: session.log, storedCount: 2, onFailure: vi.fn() });
    await autosave.settled();
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events });
  });

  it('on a full device says so once, keeps what was stored and lets play go on', async () => {
    const store = new MemoryStore({ capacityEvents: 4 });
    const session = newSession();
    const onFailure = vi.fn();
    const autosave = startAutosave({ store, profileId: 'p1', log: session.log, storedCount: 0, onFailure });
    session.choose(0);
    session.choose(0);
    await autosave.settled();
    expect(session.ended).toBe(true);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(onFailure.mock.calls[0]![0]).toBeInstanceOf(StorageFullError);
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events.slice(0, 4) });
  });

  it('stops writing when stopped', async () => {
    const store = new MemoryStore();
    const session = newSession();
    const autosave = startAutosave({ store, profileId: 'p1', log: session.log, storedCount: 0, onFailure: vi.fn() });
    autosave.stop();
    session.choose(0);
    await autosave.settled();
    expect(await store.loadSession('a1')).toMatchObject({ events: session.log.events.slice(0, 3) });
  });
});
