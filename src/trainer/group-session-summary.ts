import type { SessionEvent } from '../session/session-events';
import { buildGroupDebrief } from './group-debrief';
import { endingName } from './group-debrief-text';

/** One stored group session as the trainer's list shows it: which scenario, when, and how far the room got. */
export interface GroupSessionSummary {
  sessionId: string;
  scenarioId: string;
  startedAt: string;
  /** When the latest event happened: where an unfinished session stopped. */
  lastAt: string;
  /** Decisions the room has made on the path that counts now. */
  decisions: number;
  ended: boolean;
  ending: string | null;
  overrides: number;
  /** Roads explored and then gone back on. */
  explored: number;
}

/** From the log alone, with the group debrief's own counting (group-debrief.ts). */
export function summariseGroupSession(events: readonly SessionEvent[]): GroupSessionSummary {
  const debrief = buildGroupDebrief(events);
  return {
    sessionId: debrief.sessionId,
    scenarioId: debrief.scenarioId,
    startedAt: debrief.startedAt,
    lastAt: events.at(-1)!.at,
    decisions: debrief.path.length,
    ended: debrief.ended,
    ending: debrief.ending,
    overrides: debrief.overrides,
    explored: debrief.explored.length,
  };
}

/** "Finished (ending: closed too soon), 5 decisions, 1 override" or "At decision 3: 2 decisions made". */
export function howFar(summary: GroupSessionSummary): string {
  const made = `${summary.decisions} ${summary.decisions === 1 ? 'decision' : 'decisions'}`;
  const extras = [
    summary.overrides > 0 ? `${summary.overrides} ${summary.overrides === 1 ? 'override' : 'overrides'}` : null,
    summary.explored > 0 ? `${summary.explored} ${summary.explored === 1 ? 'road' : 'roads'} explored` : null,
  ].filter((part) => part !== null);
  const where = summary.ended ? `Finished (ending: ${endingName(summary.ending)}), ${made}` : `At decision ${summary.decisions + 1}: ${made} made`;
  return [where, ...extras].join(', ');
}

/** The unfinished session of this scenario touched most recently: what a reopened presenter offers to continue. */
export function latestUnfinished(summaries: readonly GroupSessionSummary[], scenarioId: string): GroupSessionSummary | null {
  const open = summaries.filter((s) => s.scenarioId === scenarioId && !s.ended);
  return open.reduce<GroupSessionSummary | null>((latest, s) => (!latest || s.lastAt > latest.lastAt ? s : latest), null);
}

/** Newest first, for the list. */
export function newestFirst(summaries: readonly GroupSessionSummary[]): GroupSessionSummary[] {
  return [...summaries].sort((a, b) => (a.lastAt < b.lastAt ? 1 : a.lastAt > b.lastAt ? -1 : 0));
}
