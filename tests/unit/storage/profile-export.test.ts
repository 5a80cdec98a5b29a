import { describe, expect, it } from 'vitest';
import { SESSION_LOG_VERSION } from '../../../src/session/session-events';
import { buildProfileExport, exportFileName, ImportFileError, parseProfileExport, PROFILE_EXPORT_VERSION } from '../../../src/storage/profile-export';
import { profile, sessionEvents } from './store-fixtures';

const now = new Date('2026-11-24T12:00:00Z');
const amira = { ...profile('p1', 'Amira Khan'), pin: { salt: 'ab', hash: '0123abcd' } };
const sessions = [
  { sessionId: 'a', profileId: 'p1', events: sessionEvents('a', [0, 1]) },
  { sessionId: 'b', profileId: 'p1', events: sessionEvents('b', [1]) },
];
const fileText = () => buildProfileExport(amira, sessions, now);
const edited = (change: (file: any) => void) => {
  const file = JSON.parse(fileText());
  change(file);
  return JSON.stringify(file);
};

describe('profile files', () => {
  it('carry a profile and all its attempts, finished or not, and read back the same', () => {
    expect(parseProfileExport(fileText())).toEqual({
      exportedAt: now.toISOString(),
      profile: amira,
      sessions: sessions.map(({ sessionId, events }) => ({ sessionId, events })),
    });
  });

  it('refuse a file whose timestamps are not dates: an event at "sometime", a profile made "yesterday", exported "last Tuesday"', () => {
    expect(() => parseProfileExport(edited((f) => (f.sessions[0].events[2].at = 'sometime')))).toThrow(/attempt 1 .*expected a date and time/);
    expect(() => parseProfileExport(edited((f) => (f.profile.createdAt = 'yesterday')))).toThrow(/at profile.createdAt, expected a date and time/);
    expect(() => parseProfileExport(edited((f) => (f.exportedAt = 'last Tuesday')))).toThrow(/at exportedAt, expected a date and time/);
  });

  it('refuse something that is not JSON, or not a profile file', () => {
    expect(() => parseProfileExport('not json {')).toThrow(/not in the JSON format/);
    expect(() => parseProfileExport('{"format":"something-else"}')).toThrow(/not a Common Ground profile file/);
  });

  it('refuse a file from a newer version plainly, saying nothing was imported', () => {
    const newer = edited((f) => (f.version = PROFILE_EXPORT_VERSION + 1));
    expect(() => parseProfileExport(newer)).toThrow(ImportFileError);
    expect(() => parseProfileExport(newer)).toThrow(/newer version of Common Ground.*Nothing has been imported/);
  });

  it('refuse an attempt logged by a newer version of the game', () => {
    const newer = edited((f) => (f.sessions[0].version = SESSION_LOG_VERSION + 1));
    expect(() => parseProfileExport(newer)).toThrow(/attempt 1 .*newer version/);
  });

  it('say where a hand-edited file stops being valid', () => {
    expect(() => parseProfileExport(edited((f) => (f.profile.displayName = '')))).toThrow(/at profile\.displayName/);
    expect(() => parseProfileExport(edited((f) => (f.sessions[1].events[3].scores.compliance = 7)))).toThrow(/attempt 2 .*events\.3\.scores\.compliance/);
    expect(() => parseProfileExport(edited((f) => f.sessions.push(f.sessions[0])))).toThrow(/attempt a is in it twice/);
  });

  it('are named for the learner and the day', () => {
    expect(exportFileName(amira, now)).toBe('common-ground-amira-khan-2026-11-24.json');
  });
});
