import { z } from '../core/zod';
import { UNSIGNED_FILE_VERSION, WITNESS_FILE_VERSION, witnessFileEnvelopeSchema, type StoredWitnessFile, type WitnessFile } from './witness-file';
import { isoTimestampSchema } from '../session/timestamps';

/**
 * Where witness records are kept on this device: the evidence locker. A small interface of its
 * own, so tests use the in-memory store and the browser uses IndexedDB, and so it stays apart from
 * the learner's saves and profiles.
 */
export interface LockerEntry {
  /** The session id: one record per observed session (signing again replaces it). */
  id: string;
  savedAt: string;
  file: StoredWitnessFile;
}

export interface WitnessStore {
  put(entry: LockerEntry): Promise<void>;
  get(id: string): Promise<LockerEntry | undefined>;
  list(): Promise<LockerEntry[]>;
}

// What comes back from storage is checked like any other input: a damaged entry is skipped, not trusted.
// Records kept before signing began (version 1) stay listed rather than vanish; they never verify.
const storedFileSchema = z.looseObject({
  ...witnessFileEnvelopeSchema.shape,
  version: z.union([z.literal(UNSIGNED_FILE_VERSION), z.literal(WITNESS_FILE_VERSION)]),
  signature: z.optional(witnessFileEnvelopeSchema.shape.signature),
});
const storedEntrySchema = z.object({ id: z.string().check(z.minLength(1)), savedAt: isoTimestampSchema, file: storedFileSchema });

export function readStoredEntry(value: unknown): LockerEntry | undefined {
  const result = storedEntrySchema.safeParse(value);
  return result.success ? (result.data as unknown as LockerEntry) : undefined;
}

export function lockerEntryFor(file: WitnessFile, savedAt: Date): LockerEntry {
  const started = file.events[0];
  if (started?.type !== 'session-started') throw new Error('a witness record begins with session-started');
  return { id: started.sessionId, savedAt: savedAt.toISOString(), file };
}

export class MemoryWitnessStore implements WitnessStore {
  private readonly entries = new Map<string, unknown>();

  async put(entry: LockerEntry): Promise<void> {
    this.entries.set(entry.id, structuredClone(entry));
  }

  async get(id: string): Promise<LockerEntry | undefined> {
    return readStoredEntry(structuredClone(this.entries.get(id)));
  }

  async list(): Promise<LockerEntry[]> {
    return [...this.entries.values()].map((e) => readStoredEntry(structuredClone(e))).filter((e): e is LockerEntry => e !== undefined);
  }
}
