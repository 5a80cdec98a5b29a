import { describe, expect, it } from 'vitest';
import { SESSION_LOG_VERSION } from '../../../src/session/session-events';
import { SequenceError } from '../../../src/storage/learner-store';
import { groupSessionEvents, indexedDbFactory, memoryFactory, profile, rawSession, saveSession, sessionEvents, type StoreFactory } from './store-fixtures';

/** One contract, two stores: whatever the game relies on must hold in memory and in IndexedDB alike. */
describe.each([
  ['MemoryStore', memoryFactory],
  ['IndexedDbStore', indexedDbFactory],
] as [string, StoreFactory][])('%s', (_name, open) => {
  it('keeps profiles and lists them back', async () => {
    const store = await open();
    await store.putProfile(profile('p1', 'Amira'));
    await store.putProfile(profile('p2', 'Ben'));
    const { items, problems } = await store.listProfiles();
    expect(items.map((p) => p.displayName).sort()).toEqual(['Amira', 'Ben']);
    expect(problems).toEqual([]);
  });

  it('keeps a session appended one event at a time, exactly as written', async () => {
    const store = await open();
    const events = sessionEvents('s1', [0, 1]);
    await saveSession(store, 'p1', events);
    expect(await store.loadSession('s1')).toEqual({ sessionId: 's1', profileId: 'p1', events });
  });

  it('lists the sessions of one profile, or of the whole device', async () => {
    const store = await open();
    await saveSession(store, 'p1', sessionEvents('a'));
    await saveSession(store, 'p1', sessionEvents('b'));
    await saveSession(store, 'p2', sessionEvents('c'));
    expect((await store.listSessions('p1')).items.map((s) => s.sessionId).sort()).toEqual(['a', 'b']);
    expect((await store.listSessions()).items).toHaveLength(3);
  });

  it('keeps a group session, which belongs to no profile: listed by its mode, never as any profile’s', async () => {
    const store = await open();
    await store.putProfile(profile('p1'));
    await saveSession(store, 'p1', sessionEvents('practice'));
    const group = groupSessionEvents('room');
    await saveSession(store, null, group);
    expect(await store.loadSession('room')).toEqual({ sessionId: 'room', profileId: null, events: group });
    expect((await store.listSessionsByMode('trainer')).items.map((s) => s.sessionId)).toEqual(['room']);
    expect((await store.listSessionsByMode('practice')).items.map((s) => s.sessionId)).toEqual(['practice']);
    expect((await store.listSessions()).items.map((s) => s.sessionId)).toEqual(['practice']);
    // Deleting a learner leaves the room's sessions alone; deleting everything does not.
    await store.deleteProfile('p1');
    expect((await store.listSessionsByMode('trainer')).items).toHaveLength(1);
    await store.deleteSession('room');
    expect(await store.loadSession('room')).toBeNull();
  });

  it('refuses an event that does not follow on, and keeps what was stored', async () => {
    const store = await open();
    const events = sessionEvents('s1');
    await saveSession(store, 'p1', events.slice(0, 2));
    await expect(store.appendEvents('s1', [events[3]!])).rejects.toThrow(SequenceError);
    await expect(store.appendEvents('s1', [events[1]!])).rejects.toThrow(/another tab/);
    await expect(store.appendEvents('nope', [events[1]!])).rejects.toThrow(SequenceError);
    expect(await store.loadSession('s1')).toMatchObject({ events: events.slice(0, 2) });
  });

  it('appends a step of several events in one write, and refuses a step with a gap in it whole', async () => {
    const store = await open();
    const events = sessionEvents('s1', [0, 0]);
    await store.putSession('p1', events.slice(0, 2), { replace: false });
    await expect(store.appendEvents('s1', [events[2]!, events[4]!])).rejects.toThrow(SequenceError);
    expect(await store.loadSession('s1')).toMatchObject({ events: events.slice(0, 2) });
    await store.appendEvents('s1', events.slice(2));
    expect(await store.loadSession('s1')).toMatchObject({ events });
  });

  it('never overwrites a stored session unless told to replace it', async () => {
    const store = await open();
    const short = sessionEvents('s1');
    const long = sessionEvents('s1', [0, 0]);
    await store.putSession('p1', short, { replace: false });
    await expect(store.putSession('p1', long, { replace: false })).rejects.toThrow(/already stored/);
    expect(await store.loadSession('s1')).toMatchObject({ events: short });
    await store.putSession('p1', long, { replace: true });
    expect(await store.loadSession('s1')).toMatchObject({ events: long });
  });

  it('writes a batch of whole sessions all together, or none of it when one clashes', async () => {
    const store = await open();
    const kept = sessionEvents('s1');
    const [second, longer] = [sessionEvents('s2'), sessionEvents('s1', [0, 0])];
    await store.putSession('p1', kept, { replace: false });
    const batch = [
      { profileId: 'p1', events: second, replace: false },
      { profileId: 'p1', events: longer, replace: false },
    ];
    await expect(store.putSessions(batch)).rejects.toThrow(/already stored/);
    expect(await store.loadSession('s2')).toBeNull();
    expect(await store.loadSession('s1')).toMatchObject({ events: kept });
    await store.putSessions(batch.map((w) => ({ ...w, replace: true })));
    expect(await store.loadSession('s1')).toMatchObject({ events: longer });
    expect(await store.loadSession('s2')).toMatchObject({ events: second });
  });

  it('deletes one attempt, one profile with its attempts, or everything', async () => {
    const store = await open();
    await store.putProfile(profile('p1'));
    await store.putProfile(profile('p2'));
    await saveSession(store, 'p1', sessionEvents('a'));
    await saveSession(store, 'p1', sessionEvents('b'));
    await saveSession(store, 'p2', sessionEvents('c'));
    await store.deleteSession('a');
    expect(await store.loadSession('a')).toBeNull();
    expect(await store.loadSession('b')).not.toBeNull();
    await store.deleteProfile('p1');
    expect((await store.listProfiles()).items.map((p) => p.id)).toEqual(['p2']);
    expect((await store.listSessions()).items.map((s) => s.sessionId)).toEqual(['c']);
    await store.deleteEverything();
    expect(await store.listProfiles()).toEqual({ items: [], problems: [] });
    expect(await store.listSessions()).toEqual({ items: [], problems: [] });
  });

  it('reports a damaged event naming the profile and session, and still reads the rest', async () => {
    const good = rawSession('p1', sessionEvents('good'));
    const bad = rawSession('p1', sessionEvents('bad'));
    (bad.events[1] as { event: { text: unknown } }).event.text = 42;
    const store = await open({ sessions: [...good.sessions, ...bad.sessions], events: [...good.events, ...bad.events] });
    const { items, problems } = await store.listSessions('p1');
    expect(items.map((s) => s.sessionId)).toEqual(['good']);
    expect(problems).toEqual([{ profileId: 'p1', sessionId: 'bad', problem: expect.stringMatching(/event 1 is damaged \(text:/) }]);
    expect(await store.loadSession('bad')).toMatchObject({ sessionId: 'bad', problem: expect.any(String) });
  });

  it('reports a session with events missing, and a damaged profile, without deleting either', async () => {
    const cut = rawSession('p1', sessionEvents('cut'));
    cut.events.splice(2, 1);
    const store = await open({ profiles: [profile('p1'), { id: 'p2', displayName: '' }], ...cut });
    expect((await store.listSessions()).problems).toEqual([{ profileId: 'p1', sessionId: 'cut', problem: expect.stringMatching(/events were saved but/) }]);
    const profiles = await store.listProfiles();
    expect(profiles.items.map((p) => p.id)).toEqual(['p1']);
    expect(profiles.problems).toEqual([{ profileId: 'p2', sessionId: null, problem: expect.stringMatching(/profile record is damaged \(displayName/) }]);
    expect((await store.listSessions()).problems).toHaveLength(1);
  });

  it('reads a session stored in log version 1 as the current version, and upgrades it when it grows', async () => {
    const events = sessionEvents('old', []);
    const store = await open(rawSession('p1', events.slice(0, 2), 1));
    expect(await store.loadSession('old')).toMatchObject({ events: events.slice(0, 2) });
    await store.appendEvents('old', [events[2]!]);
    expect(await store.loadSession('old')).toMatchObject({ events });
    expect(SESSION_LOG_VERSION).toBeGreaterThan(1);
  });

  it('refuses a stored session from a newer log version instead of misreading it', async () => {
    const store = await open(rawSession('p1', sessionEvents('new'), SESSION_LOG_VERSION + 1));
    expect(await store.loadSession('new')).toMatchObject({ problem: expect.stringMatching(/newer version of Common Ground/) });
  });

  it('hands out copies, so changing what was read changes nothing stored', async () => {
    const store = await open();
    await saveSession(store, 'p1', sessionEvents('s1'));
    const first = await store.loadSession('s1');
    (first as { events: unknown[] }).events.length = 0;
    expect(await store.loadSession('s1')).toMatchObject({ events: sessionEvents('s1').map(() => expect.anything()) });
  });
});
