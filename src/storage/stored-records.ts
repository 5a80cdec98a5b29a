import { z } from '../core/zod';
import { migrateSessionEvents } from '../session/log-migrations';
import { MIN_SESSION_LOG_VERSION, SESSION_LOG_VERSION, sessionEventSchema, sessionModeSchema, type SessionEvent } from '../session/session-events';
import { SessionLog } from '../session/session-log';
import { SequenceError, type Loaded, type Profile, type StoredSession, type StoreProblem } from './learner-store';
import { pinLockSchema } from './pin-lock';
import { isoTimestampSchema } from '../session/timestamps';

/**
 * The shapes of what is kept on the device, one record per profile, per session and per event.
 * Both stores keep exactly these records and read them back through the functions below, so a
 * hand-edited or damaged record is caught the same way wherever it lives.
 */
export const profileRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  pin: z.nullable(pinLockSchema),
  createdAt: isoTimestampSchema,
});

const sessionRecordSchema = z.object({
  sessionId: z.string().check(z.minLength(1)),
  /** The learner's profile; null for a session that belongs to no profile (a trainer's group session). */
  profileId: z.nullable(z.string().check(z.minLength(1))),
  scenarioId: z.string().check(z.minLength(1)),
  /** Written since database version 2 (migrations.ts fills it in for older records); indexed. */
  mode: z.optional(sessionModeSchema),
  /** The log version its events were written in; reading brings them up to date. */
  logVersion: z.int().check(z.minimum(MIN_SESSION_LOG_VERSION)),
  /** How many events are stored: the next append must have this seq. */
  eventCount: z.int().check(z.minimum(1)),
  updatedAt: isoTimestampSchema,
});
type SessionRecord = z.infer<typeof sessionRecordSchema>;

interface EventRecord {
  sessionId: string;
  seq: number;
  event: SessionEvent;
}

/** Raw contents of a store, as tests seed it (including deliberately broken records). */
export interface RawRecords {
  profiles?: unknown[];
  sessions?: unknown[];
  events?: unknown[];
}

export function decodeProfile(raw: unknown): Profile | StoreProblem {
  const result = profileRecordSchema.safeParse(raw);
  if (result.success) return result.data;
  return { profileId: idOf(raw, 'id'), sessionId: null, problem: `the profile record is damaged (${describe(result.error)})` };
}

export function decodeSessionRecord(raw: unknown): SessionRecord | StoreProblem {
  const result = sessionRecordSchema.safeParse(raw);
  if (result.success) return result.data;
  return { profileId: idOf(raw, 'profileId'), sessionId: idOf(raw, 'sessionId'), problem: `the session record is damaged (${describe(result.error)})` };
}

/**
 * Checks a session's events against the schema, the sequence and the session record, and brings
 * them up to the current log version. `rawEvents` are the event records in seq order.
 */
export function decodeSession(record: SessionRecord, rawEvents: readonly unknown[]): StoredSession | StoreProblem {
  const where = { profileId: record.profileId, sessionId: record.sessionId };
  if (record.logVersion > SESSION_LOG_VERSION) {
    return { ...where, problem: `it was saved by a newer version of Common Ground (log version ${record.logVersion})` };
  }
  if (rawEvents.length !== record.eventCount) {
    return { ...where, problem: `${record.eventCount} events were saved but ${rawEvents.length} are there` };
  }
  const events: SessionEvent[] = [];
  for (const [i, raw] of rawEvents.entries()) {
    const result = sessionEventSchema.safeParse((raw as { event?: unknown } | null)?.event);
    if (!result.success) return { ...where, problem: `event ${i} is damaged (${describe(result.error)})` };
    events.push(result.data);
  }
  const started = events[0];
  if (started?.type !== 'session-started' || started.sessionId !== record.sessionId) {
    return { ...where, problem: 'its first event does not start this session' };
  }
  try {
    return { ...where, events: [...SessionLog.fromEvents(migrateSessionEvents(record.logVersion, events)).events] };
  } catch (error) {
    return { ...where, problem: error instanceof Error ? error.message : String(error) };
  }
}

export function newSessionRecord(profileId: string | null, events: readonly SessionEvent[]): SessionRecord {
  const started = events[0];
  if (started?.type !== 'session-started') throw new Error('a stored session must begin with session-started');
  return {
    sessionId: started.sessionId,
    profileId,
    scenarioId: started.scenarioId,
    mode: started.mode,
    logVersion: SESSION_LOG_VERSION,
    eventCount: events.length,
    updatedAt: events.at(-1)!.at,
  };
}

export function eventRecord(sessionId: string, event: SessionEvent): EventRecord {
  return { sessionId, seq: event.seq, event };
}

function idOf(raw: unknown, key: string): string | null {
  const value = (raw as Record<string, unknown> | null)?.[key];
  return typeof value === 'string' ? value : null;
}

function describe(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.length ? `${issue.path.join('.')}: ` : ''}${issue?.message ?? 'unknown problem'}`;
}

/**
 * The session record after appending `event`, or a SequenceError if the event does not follow on
 * from what is stored (a gap, a repeat, or the same session being written from two tabs).
 */
export function recordAfterAppend(raw: unknown, sessionId: string, events: readonly SessionEvent[]): SessionRecord {
  const event = events[0];
  if (!event) throw new RangeError('there is nothing to append');
  events.forEach((e, i) => {
    if (e.seq !== event.seq + i) throw new SequenceError(`session ${sessionId}: event ${e.seq} does not follow event ${event.seq + i - 1} in the same write`);
  });
  if (raw === undefined) throw new SequenceError(`session ${sessionId} is not stored, so event ${event.seq} cannot be added to it`);
  const record = decodeSessionRecord(raw);
  if ('problem' in record) throw new SequenceError(`session ${sessionId} cannot be added to: ${record.problem}`);
  if (record.eventCount !== event.seq) {
    throw new SequenceError(`session ${sessionId} has ${record.eventCount} events stored, so event ${event.seq} does not follow on (is it open in another tab?)`);
  }
  return { ...record, eventCount: event.seq + events.length, updatedAt: events.at(-1)!.at };
}

/** Sorts read results into the records that were read and the problems with the rest. */
export function splitLoaded<T extends object>(results: readonly (T | StoreProblem)[]): Loaded<T> {
  const items: T[] = [];
  const problems: StoreProblem[] = [];
  for (const result of results) {
    if ('problem' in result) problems.push(result);
    else items.push(result);
  }
  return { items, problems };
}
