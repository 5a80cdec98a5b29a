import type { SessionEvent, SessionMode } from '../session/session-events';
import type { PinLock } from './pin-lock';

/** A learner on this device: a display name and, if they chose one, a PIN against accidental opening. */
export interface Profile {
  id: string;
  displayName: string;
  pin: PinLock | null;
  createdAt: string;
}

/**
 * One attempt at a scenario, finished or not: its whole event log, brought up to the current log
 * version. `profileId` is null for a session that belongs to no learner: a trainer's group session.
 */
export interface StoredSession {
  sessionId: string;
  profileId: string | null;
  events: SessionEvent[];
}

/** A record that could not be read. It is skipped, never deleted, and named so someone can act on it. */
export interface StoreProblem {
  profileId: string | null;
  sessionId: string | null;
  problem: string;
}

export interface Loaded<T> {
  items: T[];
  problems: StoreProblem[];
}

/**
 * Where profiles and session logs live. The browser uses IndexedDB (indexeddb-store.ts); tests and
 * browsers without IndexedDB use memory (memory-store.ts). Both pass one contract test.
 *
 * Reads validate every record and report a bad one instead of failing; writes are atomic, so a
 * crash leaves either the whole write or none of it.
 */
export interface LearnerStore {
  readonly kind: 'indexeddb' | 'memory';
  listProfiles(): Promise<Loaded<Profile>>;
  putProfile(profile: Profile): Promise<void>;
  /** Removes the profile and every session it owns. */
  deleteProfile(profileId: string): Promise<void>;
  /** Sessions of one profile, or of every profile on the device when no id is given (never one with no profile). */
  listSessions(profileId?: string): Promise<Loaded<StoredSession>>;
  /** Every session played in one mode, whoever it belongs to: a trainer's group sessions are 'trainer'. */
  listSessionsByMode(mode: SessionMode): Promise<Loaded<StoredSession>>;
  /** null if there is no such session; a StoreProblem if there is one but it cannot be read. */
  loadSession(sessionId: string): Promise<StoredSession | StoreProblem | null>;
  /** Stores a new session's first event (session-started) for a profile, or for none (null). */
  beginSession(profileId: string | null, started: SessionEvent): Promise<void>;
  /**
   * Adds a step's events (a choice, its passages, the options offered next) in ONE transaction:
   * all of them or none. The first must be the next in sequence (else SequenceError).
   */
  appendEvents(sessionId: string, events: readonly SessionEvent[]): Promise<void>;
  /** Writes a whole session at once (import). `replace` must be set to overwrite one already stored. */
  putSession(profileId: string | null, events: readonly SessionEvent[], options: { replace: boolean }): Promise<void>;
  /**
   * Writes many whole sessions in ONE transaction, all of them or none: a large import pays for one
   * flush to disk a batch rather than one an attempt.
   */
  putSessions(writes: readonly SessionWrite[]): Promise<void>;
  deleteSession(sessionId: string): Promise<void>;
  deleteEverything(): Promise<void>;
}

/** One whole session to write, and whether it may overwrite a stored copy. */
export interface SessionWrite {
  profileId: string | null;
  events: readonly SessionEvent[];
  replace: boolean;
}

export function isStoreProblem(value: StoredSession | StoreProblem | null): value is StoreProblem {
  return value !== null && 'problem' in value;
}

/** The device ran out of space for this site. */
export class StorageFullError extends Error {
  constructor() {
    super('this device has run out of storage space for Common Ground');
  }
}

/** A write that does not follow on from what is stored: a gap, a repeat or the session open twice. */
export class SequenceError extends Error {}

/** The store cannot be used at all (no IndexedDB, private mode, a newer or blocked database). */
export class StorageUnavailableError extends Error {}
