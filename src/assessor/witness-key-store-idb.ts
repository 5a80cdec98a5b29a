import { openDB, type IDBPDatabase } from 'idb';
import type { WitnessKeyStore } from './witness-key-store';
import { namedKeySchema, publicJwkSchema, type NamedKey, type WitnessKey } from './witness-keys';

/**
 * Its own database. A CryptoKey is stored as itself (IndexedDB keeps it as a structured clone), so
 * the non-extractable private key can sign again after a reload but can never be read out.
 */
const DATABASE = 'common-ground-witness-keys';
const VERSION = 1;
const OWN = 'own-keys';
const TRUSTED = 'trusted-keys';

export class IdbWitnessKeyStore implements WitnessKeyStore {
  private db: Promise<IDBPDatabase> | undefined;

  private open(): Promise<IDBPDatabase> {
    this.db ??= openDB(DATABASE, VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(OWN)) db.createObjectStore(OWN, { keyPath: 'name' });
        if (!db.objectStoreNames.contains(TRUSTED)) db.createObjectStore(TRUSTED, { keyPath: 'fingerprint' });
      },
    });
    return this.db;
  }

  async ownKey(name: string): Promise<WitnessKey | undefined> {
    return readOwnKey(await (await this.open()).get(OWN, name));
  }

  async saveOwnKey(key: WitnessKey): Promise<void> {
    await (await this.open()).put(OWN, key);
  }

  async ownKeys(): Promise<WitnessKey[]> {
    const all: unknown[] = await (await this.open()).getAll(OWN);
    return all.map(readOwnKey).filter((k): k is WitnessKey => k !== undefined);
  }

  async importedKeys(): Promise<NamedKey[]> {
    const all: unknown[] = await (await this.open()).getAll(TRUSTED);
    return all.flatMap((k) => {
      const parsed = namedKeySchema.safeParse(k);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async trust(keys: readonly NamedKey[]): Promise<void> {
    const tx = (await this.open()).transaction(TRUSTED, 'readwrite');
    await Promise.all([...keys.map((k) => tx.store.put({ name: k.name, publicKey: k.publicKey, fingerprint: k.fingerprint })), tx.done]);
  }

  async forget(fingerprint: string): Promise<void> {
    await (await this.open()).delete(TRUSTED, fingerprint);
  }
}

// What comes back from storage is checked: a damaged entry is skipped, so a new key is made instead.
function readOwnKey(value: unknown): WitnessKey | undefined {
  const v = value as Partial<WitnessKey> | undefined;
  if (!v || typeof v.name !== 'string' || typeof v.fingerprint !== 'string' || !(v.privateKey instanceof CryptoKey)) return undefined;
  const publicKey = publicJwkSchema.safeParse(v.publicKey);
  return publicKey.success ? { name: v.name, fingerprint: v.fingerprint, privateKey: v.privateKey, publicKey: publicKey.data } : undefined;
}
