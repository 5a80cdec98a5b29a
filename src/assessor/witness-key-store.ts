import { makeWitnessKey, type NamedKey, type WitnessKey } from './witness-keys';

/**
 * The keys on this device: each witness's own signing key (made the first time they sign, kept
 * here, never exported) and the public keys imported as trusted. A device trusts its own keys.
 */
export interface WitnessKeyStore {
  ownKey(name: string): Promise<WitnessKey | undefined>;
  saveOwnKey(key: WitnessKey): Promise<void>;
  ownKeys(): Promise<WitnessKey[]>;
  importedKeys(): Promise<NamedKey[]>;
  trust(keys: readonly NamedKey[]): Promise<void>;
  forget(fingerprint: string): Promise<void>;
}

/** The witness's key, made on first use. One key per witness name on this device. */
export async function signingKeyFor(store: WitnessKeyStore, name: string): Promise<WitnessKey> {
  const existing = await store.ownKey(name);
  if (existing) return existing;
  const key = await makeWitnessKey(name);
  await store.saveOwnKey(key);
  return key;
}

export function asNamedKey({ name, publicKey, fingerprint }: WitnessKey | NamedKey): NamedKey {
  return { name, publicKey, fingerprint };
}

/** Everything a record may be signed with to be accepted here: this device's own keys, then imported ones. */
export async function trustedKeys(store: WitnessKeyStore): Promise<NamedKey[]> {
  const own = (await store.ownKeys()).map(asNamedKey);
  const imported = (await store.importedKeys()).filter((k) => !own.some((o) => o.fingerprint === k.fingerprint));
  return [...own, ...imported];
}

export class MemoryWitnessKeyStore implements WitnessKeyStore {
  private readonly own = new Map<string, WitnessKey>();
  private readonly imported = new Map<string, NamedKey>();

  async ownKey(name: string) { return this.own.get(name); }
  async saveOwnKey(key: WitnessKey) { this.own.set(key.name, key); }
  async ownKeys() { return [...this.own.values()]; }
  async importedKeys() { return [...this.imported.values()]; }
  async trust(keys: readonly NamedKey[]) { for (const k of keys) this.imported.set(k.fingerprint, asNamedKey(k)); }
  async forget(fingerprint: string) { this.imported.delete(fingerprint); }
}
