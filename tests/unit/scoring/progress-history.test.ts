import { describe, expect, it } from 'vitest';
import { analyseScenario } from '../../../src/analysis/analyse-scenario';
import { summariseForPlayer } from '../../../src/analysis/player-summary';
import type { ScenarioBounds } from '../../../src/content/scenario-summary';
import type { AxisScores } from '../../../src/core/axes';
import { parseScenarioMeta } from '../../../src/narrative/scenario-meta';
import { summariseAttempt, type AttemptSummary } from '../../../src/scoring/attempt-summary';
import { axisStandings, scenarioHistories, scenarioStatus, weakestIn, type ScenarioFacts, type ScenarioHistory } from '../../../src/scoring/progress-history';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';

const twoDoors = compileFixture('two-doors');
const twoDoorsBounds = summariseForPlayer(analyseScenario('two-doors', twoDoors.json)).bounds!;

/** A real attempt at the two-doors fixture, played by the engine, last touched at `lastAt`. */
function played(choices: number[], sessionId: string, lastAt: string): AttemptSummary {
  const session = PlaySession.start({ scenario: twoDoors, sessionId, seed: 1, mode: 'practice' });
  for (const choice of choices) session.choose(choice);
  return { ...summariseAttempt(session.log.events), lastAt };
}

/** A hand-made attempt at another scenario, for what the engine fixture cannot vary. */
function made(scenarioId: string, totals: AxisScores, lastAt: string, finished = true, ending: string | null = 'fine'): AttemptSummary {
  return { sessionId: `${scenarioId}-${lastAt}`, scenarioId, scenarioHash: 'h', mode: 'practice', startedAt: lastAt, lastAt, finished, ending: finished ? ending : null, totals, path: [], stepsBack: 0 };
}

function meta(id: string, family = 'tutorial', extra: string[] = []) {
  return parseScenarioMeta(id, [`title: ${id}`, `family: ${family}`, 'minutes: 5', 'summary: s', ...extra]);
}

const even: ScenarioBounds = { compliance: { min: -4, max: 6 }, communication: { min: -4, max: 6 }, challenge: { min: -4, max: 6 } };
const facts = new Map<string, ScenarioFacts>([
  ['two-doors', { meta: meta('two-doors', 'tutorial', ['ending-title: done = Call handled']), bounds: twoDoorsBounds }],
  ['other', { meta: meta('other', 'rules'), bounds: even }],
]);

describe('scenarioHistories', () => {
  it('keeps each scenario apart and gives best and latest per axis as shares of that scenario’s own range', () => {
    expect(twoDoorsBounds).toEqual({ compliance: { min: -2, max: 2 }, communication: { min: -1, max: 2 }, challenge: { min: 0, max: 1 } });
    const attempts = [played([0, 0], 'a', '2026-03-01T10:00:00Z'), made('other', { compliance: 1, communication: 1, challenge: 1 }, '2026-03-02T10:00:00Z'), played([1, 1], 'b', '2026-03-03T10:00:00Z')];
    const [doors, other] = scenarioHistories(attempts, facts);
    expect(doors).toMatchObject({ scenarioId: 'two-doors', attempts: 2, finished: 2, latest: { sessionId: 'b' } });
    // Latest is the careless run (-2, -1, 0: the bottom of every range); best is the careful one (+2, +2, +1: the top).
    expect(doors!.axes).toEqual({
      compliance: { latest: { total: -2, percent: 0 }, best: { total: 2, percent: 100 } },
      communication: { latest: { total: -1, percent: 0 }, best: { total: 2, percent: 100 } },
      challenge: { latest: { total: 0, percent: 0 }, best: { total: 1, percent: 100 } },
    });
    expect(other!.axes!.compliance).toEqual({ latest: { total: 1, percent: 50 }, best: { total: 1, percent: 50 } });
  });

  it('takes the best on each axis from whichever finished attempt had it', () => {
    const [history] = scenarioHistories(
      [made('other', { compliance: 6, communication: -4, challenge: 0 }, '2026-01-01'), made('other', { compliance: -4, communication: 6, challenge: 1 }, '2026-01-02')],
      facts,
    );
    expect(history!.axes).toMatchObject({ compliance: { best: { total: 6 } }, communication: { best: { total: 6 } }, challenge: { latest: { total: 1 }, best: { total: 1 } } });
  });

  it('names the endings reached by their titles, with how often, and the id in words where there is no title', () => {
    const attempts = [played([0, 0], 'a', '2026-01-01'), played([0, 1], 'b', '2026-01-02'), made('other', { compliance: 0, communication: 0, challenge: 0 }, '2026-01-03', true, 'left-to-drift')];
    const histories = scenarioHistories(attempts, facts);
    expect(histories.find((h) => h.scenarioId === 'two-doors')!.endings).toEqual([{ id: 'done', title: 'Call handled', count: 2 }]);
    expect(histories.find((h) => h.scenarioId === 'other')!.endings).toEqual([{ id: 'left-to-drift', title: 'Left to drift', count: 1 }]);
  });

  it('puts the most recently played scenario first and counts unfinished attempts without scoring them', () => {
    const histories = scenarioHistories([made('other', { compliance: 6, communication: 6, challenge: 6 }, '2026-01-05', false), played([0, 0], 'a', '2026-01-02')], facts);
    expect(histories.map((h) => h.scenarioId)).toEqual(['other', 'two-doors']);
    expect(histories[0]).toMatchObject({ attempts: 1, finished: 0, latest: null, axes: null, endings: [] });
    expect(histories[0]!.inProgress?.scenarioId).toBe('other');
  });

  it('has no share where the range is not known, and no in-progress attempt once a later one is finished', () => {
    const [history] = scenarioHistories([made('gone', { compliance: 1, communication: 0, challenge: 0 }, '2026-01-01', false), made('gone', { compliance: 2, communication: 0, challenge: 0 }, '2026-01-02')], facts);
    expect(history!.axes!.compliance).toEqual({ latest: { total: 2, percent: null }, best: { total: 2, percent: null } });
    expect(history!.inProgress).toBeNull();
  });
});

function history(scenarioId: string, compliance: number, communication: number, challenge: number): ScenarioHistory {
  return scenarioHistories([made(scenarioId, { compliance, communication, challenge }, '2026-01-01')], new Map([[scenarioId, { meta: meta(scenarioId), bounds: even }]]))[0]!;
}

describe('axisStandings', () => {
  it('averages each scenario’s latest shares with every scenario counting once, and names the strongest and weakest', () => {
    // Shares: (100, 50, 0) and (60, 50, 20): compliance 80, communication 50, challenge 10.
    const standings = axisStandings([history('a', 6, 1, -4), history('b', 2, 1, -2)]);
    expect(standings).toEqual({
      axes: [
        { axis: 'compliance', averagePercent: 80 },
        { axis: 'communication', averagePercent: 50 },
        { axis: 'challenge', averagePercent: 10 },
      ],
      scenarios: 2,
      strongest: 'compliance',
      weakest: 'challenge',
    });
  });

  it('names an axis only when it stands clear of the next one', () => {
    // Shares (50, 50, 40) and (50, 50, 50): averages 50, 50 and 45, five points apart.
    expect(axisStandings([history('a', 1, 1, 0), history('b', 1, 1, 1)])).toMatchObject({ strongest: null, weakest: null });
    // Shares (90, 40, 30): compliance is 50 points above the next; the two lowest are 10 apart, exactly the gap.
    expect(axisStandings([history('a', 5, 0, -1)])).toMatchObject({ strongest: 'compliance', weakest: 'challenge' });
    // Shares (90, 40, 35): the two lowest are 5 apart, so neither is called the one to work on.
    expect(axisStandings([history('a', 5, 0, -1), history('b', 5, 0, 0)])).toMatchObject({ strongest: 'compliance', weakest: null });
  });

  it('has nothing to say before a finished attempt with known ranges', () => {
    expect(axisStandings([])).toBeNull();
    expect(axisStandings(scenarioHistories([made('gone', { compliance: 1, communication: 0, challenge: 0 }, '2026-01-01')], facts))).toBeNull();
  });

  it('finds the weakest axis in one scenario only when it is lowest on its own', () => {
    expect(weakestIn(history('a', 6, 1, -4))).toBe('challenge');
    expect(weakestIn(history('a', 6, -4, -4))).toBeNull();
  });
});

describe('scenarioStatus', () => {
  const attempts = [played([0, 0], 'a', '2026-01-01'), played([0], 'b', '2026-01-02')];
  const [withOpen] = scenarioHistories(attempts, facts);

  it('is not started without attempts, in progress with a newer unfinished one, else finished with its best', () => {
    expect(scenarioStatus(undefined, null)).toEqual({ kind: 'not-started' });
    expect(scenarioStatus(withOpen, attempts[0]!)).toMatchObject({ kind: 'in-progress', attempt: { sessionId: 'b' }, finished: 1, best: { sessionId: 'a' } });
    const [done] = scenarioHistories(attempts.slice(0, 1), facts);
    expect(scenarioStatus(done, attempts[0]!)).toMatchObject({ kind: 'finished', finished: 1, best: { sessionId: 'a' } });
  });
});
