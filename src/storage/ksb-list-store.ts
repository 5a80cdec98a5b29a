import { checkKsbCatalogue, readKsbListFile, type KsbCatalogue } from '../content/ksb-catalogue';

/** An imported KSB list as kept on the device. Its id is its reference and version: one of each. */
export interface StoredKsbList {
  id: string;
  importedAt: string;
  list: KsbCatalogue;
}

/** The imported KSB lists on this device and which one is active; `null` means the built-in list. */
export interface KsbListStore {
  all(): Promise<StoredKsbList[]>;
  put(entry: StoredKsbList): Promise<void>;
  remove(id: string): Promise<void>;
  activeId(): Promise<string | null>;
  setActiveId(id: string | null): Promise<void>;
}

/** Records name a list by reference and version, so two lists kept here never share both. */
export function ksbListId(list: Pick<KsbCatalogue, 'reference' | 'version'>): string {
  return `${list.reference}@${list.version}`;
}

/** A picked file larger than this is refused before it is read as JSON; real lists are a few KB. */
export const MAX_KSB_LIST_CHARS = 1_000_000;

export type KsbImportResult =
  | { kind: 'imported'; entry: StoredKsbList }
  /** The same list (same reference, version and KSBs) was already kept; it is now the active one. */
  | { kind: 'already-kept'; entry: StoredKsbList }
  /** Nothing was stored and the active list is unchanged. */
  | { kind: 'refused'; problems: readonly string[] };

type KsbImportPlan = { kind: 'new' } | { kind: 'already-kept'; existing: StoredKsbList } | { kind: 'refused'; problems: readonly string[] };

/**
 * What importing `list` would do. Records name a list only by reference and version, so a kept
 * version is never replaced by different KSBs (old records would then show titles they were not
 * made with), and the built-in list's reference and version cannot be taken.
 */
export function planKsbImport(list: KsbCatalogue, stored: readonly StoredKsbList[], builtIn: KsbCatalogue): KsbImportPlan {
  const named = `${list.reference} version ${list.version}`;
  if (ksbListId(list) === ksbListId(builtIn)) return { kind: 'refused', problems: [`${named} is the built-in list’s reference and version. Give your list a different version number.`] };
  const existing = stored.find((entry) => entry.id === ksbListId(list));
  if (!existing) return { kind: 'new' };
  if (JSON.stringify(existing.list) === JSON.stringify(list)) return { kind: 'already-kept', existing };
  return { kind: 'refused', problems: [`A different list with ${named} is already kept on this device, and records made with it name it that way. Give the new list a higher version number.`] };
}

/**
 * Reads a picked file and, if it is a valid list, keeps it and makes it active. A refused file
 * changes nothing; a storage failure throws, and the active list is then also unchanged.
 */
export async function importKsbList(store: KsbListStore, text: string, builtIn: KsbCatalogue, importedAt: string): Promise<KsbImportResult> {
  if (text.length > MAX_KSB_LIST_CHARS) return { kind: 'refused', problems: ['The file is larger than 1 MB, far more than a KSB list needs: is it the right file?'] };
  const reading = readKsbListFile(text);
  if (reading.kind === 'invalid') return { kind: 'refused', problems: reading.problems };
  const plan = planKsbImport(reading.list, await store.all(), builtIn);
  if (plan.kind === 'refused') return plan;
  const entry = plan.kind === 'already-kept' ? plan.existing : { id: ksbListId(reading.list), importedAt, list: reading.list };
  if (plan.kind === 'new') await store.put(entry);
  await store.setActiveId(entry.id);
  return { kind: plan.kind === 'new' ? 'imported' : 'already-kept', entry };
}

/** What comes back from storage is checked again; a damaged entry is left out rather than trusted. */
export function readStoredKsbList(value: unknown): StoredKsbList | undefined {
  const v = value as Partial<StoredKsbList> | undefined;
  if (!v || typeof v.id !== 'string' || typeof v.importedAt !== 'string') return undefined;
  const reading = checkKsbCatalogue(v.list);
  return reading.kind === 'ok' && ksbListId(reading.list) === v.id ? { id: v.id, importedAt: v.importedAt, list: reading.list } : undefined;
}

export class MemoryKsbListStore implements KsbListStore {
  private readonly lists = new Map<string, StoredKsbList>();
  private active: string | null = null;

  async all() { return [...this.lists.values()]; }
  async put(entry: StoredKsbList) { this.lists.set(entry.id, entry); }
  async remove(id: string) {
    this.lists.delete(id);
    if (this.active === id) this.active = null;
  }
  async activeId() { return this.active; }
  async setActiveId(id: string | null) { this.active = id; }
}
