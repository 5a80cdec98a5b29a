import { SESSION_LOG_VERSION, type SessionEvent, type SessionMode } from '../session/session-events';
import {
  SequenceError,
  StorageFullError,
  type LearnerStore,
  type Loaded,
  type Profile,
  type SessionWrite,
  type StoredSession,
  type StoreProblem,
} from './learner-store';
import {
  decodeProfile,
  decodeSession,
  decodeSessionRecord,
  eventRecord,
  newSessionRecord,
  recordAfterAppend,
  splitLoaded,
  type RawRecords,
} from './stored-records';

interface MemoryStoreOptions {
  /** Records to start with, as they would be read from a device (tests put damaged ones here). */
  seed?: RawRecords;
  /** Simulates a full device: writes fail once this many event records are held. */
  capacityEvents?: number;
}

/**
 * The store kept in this page only: what the game falls back to when the device cannot save, and
 * what unit tests use. It keeps the same raw records as IndexedDB and reads them the same way.
 */
export class MemoryStore implements LearnerStore {
  readonly kind = 'memory';
  private readonly profiles = new Map<string, unknown>();
  private readonly sessions = new Map<string, unknown>();
  /** Event records by session id, in seq order. */
  private readonly events = new Map<string, unknown[]>();
  private readonly capacity: number;

  constructor(options: MemoryStoreOptions = {}) {
    this.capacity = options.capacityEvents ?? Infinity;
    const seed = options.seed ?? {};
    seed.profiles?.forEach((raw, i) => this.profiles.set(keyOf(raw, 'id') ?? `#${i}`, clone(raw)));
    seed.sessions?.forEach((raw, i) => this.sessions.set(keyOf(raw, 'sessionId') ?? `#${i}`, clone(raw)));
    for (const raw of seed.events ?? []) {
      const sessionId = keyOf(raw, 'sessionId') ?? '';
      this.events.set(sessionId, [...(this.events.get(sessionId) ?? []), clone(raw)]);
    }
  }

  async listProfiles(): Promise<Loaded<Profile>> {
    return splitLoaded([...this.profiles.values()].map(decodeProfile));
  }

  async putProfile(profile: Profile): Promise<void> {
    this.profiles.set(profile.id, clone(profile));
  }

  async deleteProfile(profileId: string): Promise<void> {
    for (const [sessionId, raw] of this.sessions) if (keyOf(raw, 'profileId') === profileId) await this.deleteSession(sessionId);
    this.profiles.delete(profileId);
  }

  async listSessions(profileId?: string): Promise<Loaded<StoredSession>> {
    // As IndexedDB's index does: a session with no profile (a group session) is no profile's.
    const owner = (raw: unknown) => keyOf(raw, 'profileId');
    return this.listWhere((raw) => owner(raw) !== null && (profileId === undefined || owner(raw) === profileId));
  }

  async listSessionsByMode(mode: SessionMode): Promise<Loaded<StoredSession>> {
    return this.listWhere((raw) => keyOf(raw, 'mode') === mode);
  }

  private listWhere(wanted: (raw: unknown) => boolean): Loaded<StoredSession> {
    return splitLoaded([...this.sessions.entries()].filter(([, raw]) => wanted(raw)).map(([sessionId]) => this.read(sessionId)));
  }

  async loadSession(sessionId: string): Promise<StoredSession | StoreProblem | null> {
    return this.sessions.has(sessionId) ? this.read(sessionId) : null;
  }

  async beginSession(profileId: string | null, started: SessionEvent): Promise<void> {
    await this.putSession(profileId, [started], { replace: false });
  }

  async appendEvents(sessionId: string, events: readonly SessionEvent[]): Promise<void> {
    if (events.length === 0) return;
    const record = recordAfterAppend(this.sessions.get(sessionId), sessionId, events);
    this.makeRoom(events.length);
    if (record.logVersion < SESSION_LOG_VERSION) {
      const current = this.read(sessionId);
      if ('problem' in current) throw new SequenceError(`session ${sessionId} cannot be added to: ${current.problem}`);
      this.events.set(sessionId, current.events.map((e) => eventRecord(sessionId, e)));
      record.logVersion = SESSION_LOG_VERSION;
    }
    this.events.get(sessionId)!.push(...events.map((event) => clone(eventRecord(sessionId, event))));
    this.sessions.set(sessionId, record);
  }

  async putSession(profileId: string | null, events: readonly SessionEvent[], options: { replace: boolean }): Promise<void> {
    await this.putSessions([{ profileId, events, replace: options.replace }]);
  }

  async putSessions(writes: readonly SessionWrite[]): Promise<void> {
    // Every check before any change, so a refused batch leaves nothing behind, as a transaction would.
    const records = writes.map((w) => newSessionRecord(w.profileId, w.events));
    const clash = records.find((r, i) => this.sessions.has(r.sessionId) && !writes[i]!.replace);
    if (clash) throw new SequenceError(`session ${clash.sessionId} is already stored`);
    this.makeRoom(records.reduce((n, r, i) => n + writes[i]!.events.length - (this.events.get(r.sessionId)?.length ?? 0), 0));
    records.forEach((record, i) => {
      this.sessions.set(record.sessionId, record);
      this.events.set(record.sessionId, writes[i]!.events.map((e) => clone(eventRecord(record.sessionId, e))));
    });
  }

  async deleteSession(sessionId: string): Promise<void> {
    this.sessions.delete(sessionId);
    this.events.delete(sessionId);
  }

  async deleteEverything(): Promise<void> {
    this.profiles.clear();
    this.sessions.clear();
    this.events.clear();
  }

  private read(sessionId: string): StoredSession | StoreProblem {
    const record = decodeSessionRecord(this.sessions.get(sessionId));
    if ('problem' in record) return record;
    // IndexedDB hands event records back in key order; do the same.
    const events = [...(this.events.get(sessionId) ?? [])].sort((a, b) => seqOf(a) - seqOf(b));
    return decodeSession(record, events);
  }

  private makeRoom(events: number): void {
    const held = [...this.events.values()].reduce((n, list) => n + list.length, 0);
    if (held + events > this.capacity) throw new StorageFullError();
  }
}

function keyOf(raw: unknown, key: string): string | null {
  const value = (raw as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
}

function seqOf(raw: unknown): number {
  const value = (raw as { seq?: unknown } | null)?.seq;
  return typeof value === 'number' ? value : Number.MAX_SAFE_INTEGER;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
