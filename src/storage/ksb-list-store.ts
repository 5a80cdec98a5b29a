import { checkKsbCatalogue, type KsbCatalogue } from '../content/ksb-catalogue';

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

export type KsbImportPlan = { kind: 'new' } | { kind: 'replaces'; existing: StoredKsbList } | { kind: 'same-as-built-in' };

/**
 * What importing `list` would do. A list with the built-in one's reference and version is refused:
 * records made with either would name the same list.
 */
export function planKsbImport(list: KsbCatalogue, stored: readonly StoredKsbList[], builtIn: KsbCatalogue): KsbImportPlan {
  if (ksbListId(list) === ksbListId(builtIn)) return { kind: 'same-as-built-in' };
  const existing = stored.find((entry) => entry.id === ksbListId(list));
  return existing ? { kind: 'replaces', existing } : { kind: 'new' };
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
