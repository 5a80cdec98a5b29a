import { describe, expect, it } from 'vitest';
import { applyImport, importTargets, planImport, type DeviceContents } from '../../../src/storage/import-plan';
import { MemoryStore } from '../../../src/storage/memory-store';
import type { ProfileExport } from '../../../src/storage/profile-export';
import { profile, sessionEvents } from './store-fixtures';

const amira = profile('p1', 'Amira');
const full = sessionEvents('s', [0, 1]);
const other = sessionEvents('s', [1, 0]);

function incoming(...sessions: ProfileExport['sessions']): ProfileExport {
  return { exportedAt: '2026-11-24T12:00:00Z', profile: amira, sessions };
}
function device(sessions: { sessionId: string; events: typeof full }[] = [], damaged: string[] = []): DeviceContents {
  return { profiles: [amira], sessions: sessions.map((s) => ({ ...s, profileId: 'p1' })), damaged: new Set(damaged) };
}
const plannedAction = (file: ProfileExport, here: DeviceContents) => planImport(file, { kind: 'existing', profile: amira }, here).sessions[0]!.action;

describe('planImport', () => {
  it.each([
    ['add', 'the attempt is not on this device', device()],
    ['already-here', 'the device has the same attempt', device([{ sessionId: 's', events: full }])],
    ['extend', 'the device has only the start of it', device([{ sessionId: 's', events: full.slice(0, 4) }])],
    ['conflict', 'the two copies went different ways', device([{ sessionId: 's', events: other }])],
    ['conflict', 'the copy here is damaged', device([], ['s'])],
  ])('plans %s when %s', (action, _when, here) => {
    expect(plannedAction(incoming({ sessionId: 's', events: full }), here)).toBe(action);
  });

  it('refuses what the scenario check turned down, with its reason', () => {
    const plan = planImport(incoming({ sessionId: 's', events: full }), { kind: 'existing', profile: amira }, device(), new Map([['s', 'it does not match the scenario']]));
    expect(plan.sessions[0]).toMatchObject({ action: 'refused', reason: 'it does not match the scenario' });
  });

  it('never moves or replaces an attempt that belongs to another profile on this device', () => {
    const ben = profile('p2', 'Ben');
    const here: DeviceContents = { profiles: [amira, ben], sessions: [{ sessionId: 's', profileId: 'p2', events: other }], damaged: new Set() };
    const plan = planImport(incoming({ sessionId: 's', events: full }), { kind: 'existing', profile: amira }, here);
    expect(plan.sessions[0]).toMatchObject({ action: 'refused', reason: expect.stringMatching(/belongs to another profile/) });
  });

  it('keeps the device copy when it has gone further than the file', () => {
    expect(plannedAction(incoming({ sessionId: 's', events: full.slice(0, 4) }), device([{ sessionId: 's', events: full }]))).toBe('keep-local');
  });
});

describe('importTargets', () => {
  it('offers the same profile first when it is already on the device, and a separate copy with a new id', () => {
    const targets = importTargets(incoming(), device(), () => 'fresh');
    expect(targets.map((t) => [t.kind, t.profile.id])).toEqual([['existing', 'p1'], ['new', 'fresh']]);
  });

  it('offers a new profile first when the device does not have it', () => {
    const ben = profile('p2', 'Ben');
    const targets = importTargets(incoming(), { profiles: [ben], sessions: [], damaged: new Set() }, () => 'x');
    expect(targets.map((t) => [t.kind, t.profile.id])).toEqual([['new', 'p1'], ['existing', 'p2']]);
  });
});

describe('applyImport', () => {
  it('adds new attempts, extends partial ones and leaves conflicts alone unless told', async () => {
    const store = new MemoryStore();
    await store.putProfile(amira);
    const ext = sessionEvents('ext', [0, 1]);
    const clash = sessionEvents('clash', [0, 1]);
    const localClash = sessionEvents('clash', [1, 1]);
    await store.putSession('p1', ext.slice(0, 3), { replace: false });
    await store.putSession('p1', localClash, { replace: false });
    const file = incoming({ sessionId: 'new', events: sessionEvents('new') }, { sessionId: 'ext', events: ext }, { sessionId: 'clash', events: clash });
    const plan = async () => planImport(file, { kind: 'existing', profile: amira }, { profiles: [amira], sessions: (await store.listSessions()).items, damaged: new Set() });

    expect(await applyImport(store, file, await plan(), new Set())).toEqual({ added: 1, extended: 1, replaced: 0 });
    expect(await store.loadSession('ext')).toMatchObject({ events: ext });
    expect(await store.loadSession('clash')).toMatchObject({ events: localClash });

    expect(await applyImport(store, file, await plan(), new Set(['clash']))).toEqual({ added: 0, extended: 0, replaced: 1 });
    expect(await store.loadSession('clash')).toMatchObject({ events: clash });
  });

  it('creates the profile when the attempts go to a new one', async () => {
    const store = new MemoryStore();
    const file = incoming({ sessionId: 'a', events: sessionEvents('a') });
    const plan = planImport(file, { kind: 'new', profile: amira }, { profiles: [], sessions: [], damaged: new Set() });
    await applyImport(store, file, plan, new Set());
    expect((await store.listProfiles()).items).toEqual([amira]);
    expect((await store.listSessions('p1')).items.map((s) => s.sessionId)).toEqual(['a']);
  });

  const many = (n: number) => incoming(...Array.from({ length: n }, (_, i) => ({ sessionId: `s${i}`, events: sessionEvents(`s${i}`) })));
  // Small batches keep the test quick; the batching is the same at any size.
  const BATCH = 4;
  const planAll = (file: ProfileExport) => planImport(file, { kind: 'new', profile: amira }, { profiles: [], sessions: [], damaged: new Set() });

  it('writes whole batches and reports after each, so an interrupted import can say what it kept', async () => {
    const perAttempt = sessionEvents('s0').length;
    // Room for two batches and two attempts more: the third batch does not fit and is refused whole.
    const store = new MemoryStore({ capacityEvents: perAttempt * (2 * BATCH + 2) });
    const file = many(2 * BATCH + 5);
    const seen: [number, number, number][] = [];
    await expect(applyImport(store, file, planAll(file), new Set(), (done, total, soFar) => seen.push([done, total, soFar.added]), undefined, BATCH)).rejects.toThrow(/storage space/);
    expect(seen).toEqual([
      [BATCH, file.sessions.length, BATCH],
      [2 * BATCH, file.sessions.length, 2 * BATCH],
    ]);
    expect((await store.listSessions('p1')).items).toHaveLength(2 * BATCH);
  });

  it('stops between batches when asked, keeping what it wrote', async () => {
    const store = new MemoryStore();
    const file = many(BATCH + 1);
    let batches = 0;
    const result = await applyImport(store, file, planAll(file), new Set(), () => batches++, () => batches > 0, BATCH);
    expect(result).toEqual({ added: BATCH, extended: 0, replaced: 0 });
    expect((await store.listSessions('p1')).items).toHaveLength(BATCH);
  });
});
