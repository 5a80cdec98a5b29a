import { canonicalJson } from '../core/canonical-json';
import type { SessionEvent } from '../session/session-events';
import type { LearnerStore, Profile, StoredSession } from './learner-store';
import type { ProfileExport } from './profile-export';

/**
 * What importing each attempt would do. Attempts are matched by session id; nothing on the device
 * is overwritten unless the learner ticks it ('conflict'), and a copy that merely has more of the
 * same attempt ('extend') only adds to it.
 */
type SessionAction =
  | 'add' //          not on this device
  | 'already-here' // the same attempt, event for event
  | 'extend' //       the device has the start of it; the file carries on further
  | 'keep-local' //   the device has all of the file's copy and more
  | 'conflict' //     both went different ways after a point, or the copy here is damaged
  | 'refused'; //     not what the scenario produces (replayed and checked), or another profile's attempt

export interface PlannedSession {
  sessionId: string;
  scenarioId: string;
  finished: boolean;
  action: SessionAction;
  /** Why a 'refused' attempt is not imported. */
  reason?: string;
}

/** Where the attempts go: a new profile made from the file's, or one already on the device. */
export type ImportTarget = { kind: 'new'; profile: Profile } | { kind: 'existing'; profile: Profile };

export interface ImportPlan {
  target: ImportTarget;
  sessions: PlannedSession[];
}

export interface DeviceContents {
  profiles: readonly Profile[];
  /** Which profile each of these belongs to is checked: an import never moves an attempt between profiles. */
  sessions: readonly StoredSession[];
  /** Session ids on the device whose records could not be read. */
  damaged: ReadonlySet<string>;
}

/**
 * The places the file's attempts could go, best guess first: the same profile if the device
 * already has it (it was moved here before), otherwise a new one.
 */
export function importTargets(incoming: ProfileExport, device: DeviceContents, newId: () => string): ImportTarget[] {
  const same = device.profiles.find((p) => p.id === incoming.profile.id);
  const asNew: ImportTarget = { kind: 'new', profile: same ? { ...incoming.profile, id: newId() } : incoming.profile };
  const existing = device.profiles.map((profile): ImportTarget => ({ kind: 'existing', profile }));
  return same ? [existing.find((t) => t.profile.id === same.id)!, asNew, ...existing.filter((t) => t.profile.id !== same.id)] : [asNew, ...existing];
}

/**
 * `refused` holds the attempts the scenario check turned down (attempt-check.ts), with the reason.
 */
export function planImport(incoming: ProfileExport, target: ImportTarget, device: DeviceContents, refused: ReadonlyMap<string, string> = new Map()): ImportPlan {
  const here = new Map(device.sessions.map((s) => [s.sessionId, s]));
  return {
    target,
    sessions: incoming.sessions.map(({ sessionId, events }) => {
      const started = events[0] as Extract<SessionEvent, { type: 'session-started' }>;
      const planned = { sessionId, scenarioId: started.scenarioId, finished: events.some((e) => e.type === 'session-ended') };
      const local = here.get(sessionId);
      const reason = refused.get(sessionId) ?? (local && local.profileId !== target.profile.id ? 'an attempt with the same id belongs to another profile on this device' : undefined);
      if (reason) return { ...planned, action: 'refused' as const, reason };
      const action = device.damaged.has(sessionId) ? 'conflict' : compareCopies(local?.events, events);
      return { ...planned, action };
    }),
  };
}

function compareCopies(local: readonly SessionEvent[] | undefined, incoming: readonly SessionEvent[]): SessionAction {
  if (!local) return 'add';
  const shared = Math.min(local.length, incoming.length);
  for (let i = 0; i < shared; i++) if (canonicalJson(local[i]) !== canonicalJson(incoming[i])) return 'conflict';
  if (local.length === incoming.length) return 'already-here';
  return incoming.length > local.length ? 'extend' : 'keep-local';
}

export interface ImportResult {
  added: number;
  extended: number;
  replaced: number;
}

/** Attempts written a transaction: big enough that a 10,000-attempt file is not 10,000 flushes to disk. */
export const IMPORT_BATCH = 200;

/**
 * Carries out a plan. `replace` holds the conflicting attempts the learner agreed to replace with
 * the file's copy; every other conflict keeps the device's copy. Attempts are written in batches of
 * IMPORT_BATCH, each batch one transaction, so a stopped import keeps whole batches and says which.
 * `shouldStop` is asked between batches.
 */
export async function applyImport(
  store: LearnerStore,
  incoming: ProfileExport,
  plan: ImportPlan,
  replace: ReadonlySet<string>,
  /** Told after each batch with the counts so far: a long import shows progress, and an interrupted one can say what it added. */
  onProgress?: (done: number, total: number, soFar: ImportResult) => void,
  shouldStop: () => boolean = () => false,
  batchSize = IMPORT_BATCH,
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, extended: 0, replaced: 0 };
  // planImport refuses an attempt another profile owns, so every write goes to the target profile.
  const profileId = plan.target.profile.id;
  if (plan.target.kind === 'new') await store.putProfile(plan.target.profile);
  const events = new Map(incoming.sessions.map((s) => [s.sessionId, s.events]));
  const total = plan.sessions.length;
  for (let from = 0; from < total && !shouldStop(); from += batchSize) {
    const batch = plan.sessions.slice(from, from + batchSize).flatMap((planned) => {
      const kind = countedAs(planned, replace);
      return kind ? [{ kind, write: { profileId, events: events.get(planned.sessionId)!, replace: kind !== 'added' } }] : [];
    });
    await store.putSessions(batch.map((b) => b.write));
    for (const { kind } of batch) result[kind]++;
    onProgress?.(Math.min(from + batchSize, total), total, { ...result });
  }
  return result;
}

function countedAs(planned: PlannedSession, replace: ReadonlySet<string>): keyof ImportResult | null {
  if (planned.action === 'add') return 'added';
  if (planned.action === 'extend') return 'extended';
  if (planned.action === 'conflict' && replace.has(planned.sessionId)) return 'replaced';
  return null;
}
