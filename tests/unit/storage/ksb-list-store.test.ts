import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KsbCatalogue } from '../../../src/content/ksb-catalogue';
import { IdbKsbListStore } from '../../../src/storage/ksb-list-store-idb';
import { importKsbList, MAX_KSB_LIST_CHARS, MemoryKsbListStore, type KsbListStore } from '../../../src/storage/ksb-list-store';

const builtIn: KsbCatalogue = {
  format: 'common-ground/ksbs',
  version: 1,
  standard: 'Built-in standard',
  reference: 'ST0314',
  items: [{ code: 'P-S8', kind: 'skill', title: 'Raises concerns and escalates' }],
};

function list(version: number, titles: readonly string[] = ['Knowing your customers', 'Interpersonal skills']): KsbCatalogue {
  return {
    format: 'common-ground/ksbs',
    version,
    standard: 'Customer service practitioner',
    reference: 'ST0072',
    items: titles.map((title, i) => ({ code: `S${i + 1}`, kind: 'skill' as const, title })),
  };
}

const file = (value: unknown) => JSON.stringify(value, null, 2);
const importFile = (store: KsbListStore, text: string, at = '2026-12-03T10:00:00.000Z') => importKsbList(store, text, builtIn, at);

/** What the store holds, to show a refused file left it exactly as it was. */
async function contents(store: KsbListStore) {
  return { active: await store.activeId(), lists: (await store.all()).map((e) => ({ id: e.id, importedAt: e.importedAt, titles: e.list.items.map((k) => k.title) })).sort((a, b) => a.id.localeCompare(b.id)) };
}

beforeEach(() => {
  // A fresh, empty IndexedDB for every test: the store always opens the same database name.
  globalThis.indexedDB = new IDBFactory();
});

describe.each([
  ['in memory', () => new MemoryKsbListStore()],
  ['in IndexedDB', () => new IdbKsbListStore()],
])('the KSB list store %s', (_where, makeStore: () => KsbListStore) => {
  it('starts with no lists and the built-in one active', async () => {
    expect(await contents(makeStore())).toEqual({ active: null, lists: [] });
  });

  it('imports a valid file and makes it the active list', async () => {
    const store = makeStore();
    const result = await importFile(store, file(list(2)));
    expect(result).toMatchObject({ kind: 'imported', entry: { id: 'ST0072@2', importedAt: '2026-12-03T10:00:00.000Z', list: list(2) } });
    expect(await contents(store)).toEqual({ active: 'ST0072@2', lists: [{ id: 'ST0072@2', importedAt: '2026-12-03T10:00:00.000Z', titles: ['Knowing your customers', 'Interpersonal skills'] }] });
  });

  it('keeps several versions, any of which can be made active, and goes back to the built-in list', async () => {
    const store = makeStore();
    await importFile(store, file(list(2)));
    await importFile(store, file(list(3, ['Knowing your customers', 'Interpersonal skills', 'Right first time'])));
    expect((await contents(store)).lists.map((l) => l.id)).toEqual(['ST0072@2', 'ST0072@3']);
    expect(await store.activeId()).toBe('ST0072@3');
    await store.setActiveId('ST0072@2');
    expect(await store.activeId()).toBe('ST0072@2');
    await store.setActiveId(null);
    expect(await contents(store)).toMatchObject({ active: null, lists: [{ id: 'ST0072@2' }, { id: 'ST0072@3' }] });
  });

  it('makes a list already kept active again when the same file is imported, keeping its first import date', async () => {
    const store = makeStore();
    await importFile(store, file(list(2)), '2026-12-01T09:00:00.000Z');
    await store.setActiveId(null);
    const again = await importFile(store, `\uFEFF${JSON.stringify(list(2))}`, '2026-12-03T10:00:00.000Z');
    expect(again).toMatchObject({ kind: 'already-kept', entry: { importedAt: '2026-12-01T09:00:00.000Z' } });
    expect(await store.activeId()).toBe('ST0072@2');
  });

  it.each([
    ['a file that is not JSON', '{ "format": ', [/^The file is not valid JSON at line 1/]],
    ['a key written twice', file(list(4)).replace('"version": 4,', '"version": 4,\n  "version": 5,'), [/the key "version" appears twice/]],
    [
      'a list with several things wrong, naming each',
      file({ ...list(4), reference: undefined, items: [{ code: 'S1', kind: 'skill' }, { code: 'S2', kind: 'attitude', title: 'Interpersonal skills' }] }),
      ['The list has no reference (e.g. "ST0314").', 'KSB 1 (code S1) has no title.', 'KSB 2 (code S2) has kind "attitude"; a kind is knowledge, skill or behaviour.'],
    ],
    ['a list taking the built-in reference and version', file({ ...list(1), reference: 'ST0314' }), ['ST0314 version 1 is the built-in list’s reference and version. Give your list a different version number.']],
    ['a forged list: a kept reference and version with other KSBs', file(list(2, ['Knowing your customers', 'Something else'])), [/^A different list with ST0072 version 2 is already kept on this device/]],
    ['a file far too large to be a KSB list', ' '.repeat(MAX_KSB_LIST_CHARS + 1), [/larger than 1 MB/]],
  ])('refuses %s and changes nothing', async (_what, text, problems) => {
    const store = makeStore();
    await importFile(store, file(list(2)), '2026-12-01T09:00:00.000Z');
    await importFile(store, file(list(3)), '2026-12-02T09:00:00.000Z');
    await store.setActiveId('ST0072@2');
    const before = await contents(store);
    const result = await importFile(store, text);
    expect(result.kind).toBe('refused');
    const said = result.kind === 'refused' ? result.problems : [];
    expect(said).toHaveLength(problems.length);
    problems.forEach((expected, i) => (typeof expected === 'string' ? expect(said[i]).toBe(expected) : expect(said[i]).toMatch(expected)));
    expect(await contents(store)).toEqual(before);
  });

  it('makes the built-in list active when the active list is removed', async () => {
    const store = makeStore();
    await importFile(store, file(list(2)));
    await importFile(store, file(list(3)));
    await store.remove('ST0072@3');
    expect(await contents(store)).toMatchObject({ active: null, lists: [{ id: 'ST0072@2' }] });
  });
});

describe('IdbKsbListStore', () => {
  it('finds the lists and the active one again after the app is reopened', async () => {
    await importFile(new IdbKsbListStore(), file(list(2)));
    expect(await contents(new IdbKsbListStore())).toMatchObject({ active: 'ST0072@2', lists: [{ id: 'ST0072@2' }] });
  });

  it('leaves out a stored entry that is damaged or whose name does not match its KSBs', async () => {
    const store = new IdbKsbListStore();
    await importFile(store, file(list(2)));
    const db = await openDB('common-ground-ksb-lists');
    await db.put('lists', { id: 'ST0072@9', importedAt: '2026-12-03T10:00:00.000Z', list: list(2) });
    await db.put('lists', { id: 'ST0099@1', importedAt: '2026-12-03T10:00:00.000Z', list: { ...list(1), items: [] } });
    db.close();
    expect((await store.all()).map((e) => e.id)).toEqual(['ST0072@2']);
  });
});
