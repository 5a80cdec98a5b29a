import type { SessionEvent, SessionMode } from '../session/session-events';
import type { AxisScores } from '../core/axes';
import { buildDebrief } from './debrief';
import { combinedScore } from './scores';

/** One attempt as history shows it: when, which way through, how it scored. From the log alone. */
export interface AttemptSummary {
  sessionId: string;
  scenarioId: string;
  scenarioHash: string;
  mode: SessionMode;
  startedAt: string;
  /** When the latest event happened: the finish, or where an unfinished attempt stopped. */
  lastAt: string;
  finished: boolean;
  ending: string | null;
  totals: AxisScores;
  /** The text of each choice in effect, in order. */
  path: string[];
  stepsBack: number;
}

export function summariseAttempt(events: readonly SessionEvent[]): AttemptSummary {
  const started = events[0];
  if (started?.type !== 'session-started') throw new Error('an attempt begins with session-started');
  const debrief = buildDebrief(events);
  return {
    sessionId: started.sessionId,
    scenarioId: started.scenarioId,
    scenarioHash: started.scenarioHash,
    mode: started.mode,
    startedAt: started.at,
    lastAt: events.at(-1)!.at,
    finished: debrief.ended,
    ending: debrief.ending,
    totals: debrief.totals,
    path: debrief.decisions.map((d) => d.chosen.text),
    stepsBack: debrief.undone.length,
  };
}

export interface ScenarioRecord {
  best: AttemptSummary;
  finishedCount: number;
}

/**
 * The best finished attempt at each scenario: the highest combined score, and of equals the most
 * recent (it shows where the learner is now). Unfinished attempts are not results.
 */
export function bestByScenario(attempts: readonly AttemptSummary[]): Map<string, ScenarioRecord> {
  const records = new Map<string, ScenarioRecord>();
  for (const attempt of attempts) {
    if (!attempt.finished) continue;
    const record = records.get(attempt.scenarioId);
    if (!record) {
      records.set(attempt.scenarioId, { best: attempt, finishedCount: 1 });
      continue;
    }
    record.finishedCount++;
    const [a, b] = [combinedScore(attempt.totals), combinedScore(record.best.totals)];
    if (a > b || (a === b && attempt.lastAt > record.best.lastAt)) record.best = attempt;
  }
  return records;
}
