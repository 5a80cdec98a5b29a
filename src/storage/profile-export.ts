import { z } from '../core/zod';
import type { SessionEvent } from '../session/session-events';
import { parseSessionLog, SessionLog } from '../session/session-log';
import type { Profile, StoredSession } from './learner-store';
import { profileRecordSchema } from './stored-records';
import { isoTimestampSchema } from '../session/timestamps';

/**
 * A profile's file: the profile and every attempt, finished or not, each as a session log file.
 * It moves a learner to another device. Version 1 is the first; a reader refuses newer files.
 */
const PROFILE_EXPORT_FORMAT = 'common-ground/profile-export';
export const PROFILE_EXPORT_VERSION = 1;

const exportFileSchema = z.object({
  format: z.literal(PROFILE_EXPORT_FORMAT),
  version: z.literal(PROFILE_EXPORT_VERSION),
  exportedAt: isoTimestampSchema,
  profile: profileRecordSchema,
  // Each is checked (and brought up to date) by parseSessionLog, which knows the log's own versions.
  sessions: z.array(z.unknown()),
});

export interface ProfileExport {
  exportedAt: string;
  profile: Profile;
  sessions: { sessionId: string; events: SessionEvent[] }[];
}

export class ImportFileError extends Error {}

export function buildProfileExport(profile: Profile, sessions: readonly StoredSession[], now: Date): string {
  const file = {
    format: PROFILE_EXPORT_FORMAT,
    version: PROFILE_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile,
    sessions: sessions.map((s) => SessionLog.fromEvents(s.events).toJSON()),
  };
  return JSON.stringify(file, null, 1);
}

/** Reads a profile file, or throws ImportFileError saying in plain words what is wrong with it. */
export function parseProfileExport(text: string): ProfileExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportFileError('This is not a Common Ground profile file: it is not in the JSON format these files use.');
  }
  const header = json as { format?: unknown; version?: unknown } | null;
  if (header?.format !== PROFILE_EXPORT_FORMAT) {
    throw new ImportFileError('This is not a Common Ground profile file. Choose a file saved with “Save a copy to a file”.');
  }
  if (typeof header.version === 'number' && header.version > PROFILE_EXPORT_VERSION) {
    throw new ImportFileError(
      `This file was saved by a newer version of Common Ground (profile file version ${header.version}; this copy reads up to version ${PROFILE_EXPORT_VERSION}). ` +
        'Nothing has been imported. Update Common Ground on this device, then import the file again.',
    );
  }
  const result = exportFileSchema.safeParse(json);
  if (!result.success) throw new ImportFileError(`This file is damaged and cannot be imported: ${where(result.error)}.`);
  const sessions = result.data.sessions.map((raw, i) => readSession(raw, i));
  const ids = new Set<string>();
  for (const { sessionId } of sessions) {
    if (ids.has(sessionId)) throw new ImportFileError(`This file is damaged and cannot be imported: attempt ${sessionId} is in it twice.`);
    ids.add(sessionId);
  }
  return { exportedAt: result.data.exportedAt, profile: result.data.profile, sessions };
}

function readSession(raw: unknown, i: number): { sessionId: string; events: SessionEvent[] } {
  try {
    const log = parseSessionLog(raw);
    return { sessionId: log.started.sessionId, events: [...log.events] };
  } catch (error) {
    throw new ImportFileError(`This file is damaged and cannot be imported: attempt ${i + 1} in it is ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function where(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.length ? `at ${issue.path.join('.')}, ` : ''}${issue?.message ?? 'unknown problem'}`;
}

/** A file name that says whose it is and when it was saved. */
export function exportFileName(profile: Profile, now: Date): string {
  const name = profile.displayName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'learner';
  return `common-ground-${name}-${now.toISOString().slice(0, 10)}.json`;
}
