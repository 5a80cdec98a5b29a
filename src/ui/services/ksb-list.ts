import catalogue from 'virtual:ksb-catalogue';
import { findKsb, type KsbCatalogue } from '../../content/ksb-catalogue';
import { IdbKsbListStore } from '../../storage/ksb-list-store-idb';
import { importKsbList, type KsbImportResult, type KsbListStore, type StoredKsbList } from '../../storage/ksb-list-store';
import type { ObservationDetails } from '../../session/session-events';

/** The KSB list the build validated (stories/ksbs.json), used until an imported one is chosen. */
export const builtInKsbList: KsbCatalogue = catalogue;

/** Which list a record names; the same fields the observation details keep. */
export type KsbListName = ObservationDetails['ksbList'];

/**
 * The lists on this device, read once before the first screen (main.ts) so screens can ask for
 * labels without waiting. Settings changes go through here, so this copy and storage stay alike.
 */
let store: KsbListStore = new IdbKsbListStore();
let stored: StoredKsbList[] = [];
let activeId: string | null = null;

export async function loadKsbLists(from: KsbListStore = store): Promise<void> {
  store = from;
  try {
    [stored, activeId] = await Promise.all([store.all(), store.activeId()]);
  } catch (error) {
    // Without storage the built-in list still works; Settings says so if an import fails.
    console.warn('KSB lists could not be read; using the built-in list', error);
    [stored, activeId] = [[], null];
  }
}

export function storedKsbLists(): readonly StoredKsbList[] {
  return stored;
}

export function activeKsbListId(): string | null {
  return stored.some((entry) => entry.id === activeId) ? activeId : null;
}

export function activeKsbList(): KsbCatalogue {
  return stored.find((entry) => entry.id === activeKsbListId())?.list ?? builtInKsbList;
}

export function nameOfKsbList(list: KsbCatalogue): KsbListName {
  return { standard: list.standard, reference: list.reference, version: list.version };
}

/**
 * The list a record says it used, by reference and version; a record from before references were
 * kept, or from a list deleted since, gets an empty list with its name, so every code shows plainly.
 */
export function ksbListFor(name: KsbListName | undefined): KsbCatalogue {
  if (!name) return activeKsbList();
  const match = [builtInKsbList, ...stored.map((entry) => entry.list)].find((list) => list.version === name.version && (name.reference ? list.reference === name.reference : list.standard === name.standard));
  return match ?? { format: builtInKsbList.format, standard: name.standard, reference: name.reference ?? '', version: name.version, items: [] };
}

/** "P-S8 Raises concerns and escalates", or "P-S8 (not in this list)" for a code the list lacks. */
export function ksbLabel(list: KsbCatalogue, code: string): string {
  const item = findKsb(list, code);
  return item ? `${code} ${item.title}` : `${code} (not in this list)`;
}

/**
 * A code from a scenario's `#ksb:` tag, outside any record (a learner's debrief): titled by the
 * active list when it has the code (an official version with the same codes), otherwise by the
 * built-in list the tags are checked against, rather than "(not in this list)".
 */
export function scenarioKsbLabel(code: string): string {
  const active = activeKsbList();
  return ksbLabel(findKsb(active, code) ? active : builtInKsbList, code);
}

/** Imports a picked file's text (see importKsbList); on success it is the active list. */
export async function importKsbListFile(text: string): Promise<KsbImportResult> {
  const result = await importKsbList(store, text, builtInKsbList, new Date().toISOString());
  if (result.kind !== 'refused') await loadKsbLists();
  return result;
}

export async function chooseKsbList(id: string | null): Promise<void> {
  await store.setActiveId(id);
  await loadKsbLists();
}
