import { summariseAttempt, type AttemptSummary } from '../../scoring/attempt-summary';
import type { Profile, StoredSession, StoreProblem } from '../../storage/learner-store';
import { activeProfileId, setActiveProfile } from './active-profile';
import { learnerStore } from './device-storage';
import { findSession } from './session-registry';
import { formatTimestamp } from '../../session/timestamps';

/** What the screens read from the store, summarised; damaged records come back as problems. */
export type ProfileAttempt = AttemptSummary & { profileId: string | null };

export interface Attempts {
  attempts: ProfileAttempt[];
  problems: StoreProblem[];
}

export async function loadAttempts(profileId?: string): Promise<Attempts> {
  const { items, problems } = await learnerStore().listSessions(profileId);
  const attempts: ProfileAttempt[] = [];
  for (const session of items) {
    const summary = summarise(session);
    if ('problem' in summary) problems.push(summary);
    else attempts.push(summary);
  }
  attempts.sort((a, b) => (a.startedAt < b.startedAt ? -1 : 1));
  return { attempts, problems };
}

/**
 * A log that reads but does not add up (an undo out of order, say) is reported like a damaged one.
 * A session played in this page may be further on than its saved copy (writes are still going, or
 * saving failed); the live log is then the truth.
 */
function summarise(session: StoredSession): ProfileAttempt | StoreProblem {
  const live = findSession(session.sessionId)?.events;
  const events = live && live.length > session.events.length ? live : session.events;
  try {
    return { ...summariseAttempt(events), profileId: session.profileId };
  } catch (error) {
    return { profileId: session.profileId, sessionId: session.sessionId, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The profile playing in this tab, if it is still on the device. */
export async function activeProfile(): Promise<Profile | null> {
  const id = activeProfileId();
  if (!id) return null;
  const profile = (await learnerStore().listProfiles()).items.find((p) => p.id === id) ?? null;
  if (!profile) setActiveProfile(null);
  return profile;
}

/** The unfinished attempt touched most recently: what "Continue" picks up. */
export function latestUnfinished(attempts: readonly AttemptSummary[]): AttemptSummary | null {
  const open = attempts.filter((a) => !a.finished);
  return open.reduce<AttemptSummary | null>((latest, a) => (!latest || a.lastAt > latest.lastAt ? a : latest), null);
}

/** A problem in words a learner or trainer can act on: whose record, which attempt, what is wrong. */
export function describeProblem(problem: StoreProblem, profiles: readonly Profile[]): string {
  const owner = profiles.find((p) => p.id === problem.profileId)?.displayName;
  const who = owner ? `${owner}’s profile` : problem.profileId ? `profile ${problem.profileId}` : 'an unknown profile';
  const what = problem.sessionId ? `the attempt saved as ${problem.sessionId} in ${who}` : who;
  return `Could not read ${what}: ${problem.problem}. It has been skipped and left as it is.`;
}

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** Never throws: a date that cannot be read shows as "an unknown date" and the screen still draws. */
export function formatDate(iso: string): string {
  return formatTimestamp(DATE, iso);
}

export function formatDateTime(iso: string): string {
  return formatTimestamp(DATE_TIME, iso);
}
