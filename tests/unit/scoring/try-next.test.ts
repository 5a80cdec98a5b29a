import { describe, expect, it } from 'vitest';
import type { ScenarioBounds } from '../../../src/content/scenario-summary';
import { parseScenarioMeta } from '../../../src/narrative/scenario-meta';
import type { AttemptSummary } from '../../../src/scoring/attempt-summary';
import { axisStandings, scenarioHistories, type ScenarioFacts } from '../../../src/scoring/progress-history';
import { suggestNext } from '../../../src/scoring/try-next';

const catalogue = [
  ['backlog', 'partner'],
  ['first-day', 'tutorial'],
  ['foi-or-sar', 'rules'],
  ['hub-request', 'safeguarding'],
  ['pension-card', 'safeguarding'],
  ['three-targets', 'partner'],
].map(([id, family]) => parseScenarioMeta(id!, [`title: ${id}`, `family: ${family}`, 'minutes: 5', 'summary: s']));

const range: ScenarioBounds = { compliance: { min: 0, max: 10 }, communication: { min: 0, max: 10 }, challenge: { min: 0, max: 10 } };
const facts = new Map<string, ScenarioFacts>(catalogue.map((meta) => [meta.id, { meta, bounds: range }]));

function attempt(scenarioId: string, [compliance, communication, challenge]: number[], lastAt: string): AttemptSummary {
  return { sessionId: `${scenarioId}-${lastAt}`, scenarioId, scenarioHash: 'h', mode: 'practice', startedAt: lastAt, lastAt, finished: true, ending: 'e', totals: { compliance: compliance!, communication: communication!, challenge: challenge! }, path: [], stepsBack: 0 };
}

function suggest(attempts: AttemptSummary[]) {
  const histories = scenarioHistories(attempts, facts);
  return suggestNext(catalogue, histories, axisStandings(histories));
}

describe('suggestNext', () => {
  it('starts a new learner at the tutorial', () => {
    expect(suggest([])).toEqual([{ kind: 'start-here', scenarioId: 'first-day' }]);
  });

  it('suggests playing again where the learner’s weak axis was lowest, then the untried scenario in a family they played', () => {
    // Challenge is weakest overall (20 and 40 against 80s), and weakest in both; lowest in hub-request.
    const suggestions = suggest([attempt('hub-request', [8, 8, 2], '2026-01-01'), attempt('backlog', [8, 9, 4], '2026-01-02')]);
    expect(suggestions).toEqual([
      { kind: 'weak-axis-again', scenarioId: 'hub-request', axis: 'challenge', percent: 20 },
      { kind: 'untried-in-family', scenarioId: 'three-targets', family: 'partner', tried: ['backlog'] },
      { kind: 'untried-in-family', scenarioId: 'pension-card', family: 'safeguarding', tried: ['hub-request'] },
    ]);
  });

  it('skips a replay when the learner’s weakest in that scenario is another axis, and offers families not yet touched', () => {
    // Overall, challenge is weakest (average 30); but in backlog the weakest is communication.
    const suggestions = suggest([attempt('backlog', [9, 3, 4], '2026-01-01'), attempt('pension-card', [9, 9, 2], '2026-01-02')]);
    expect(suggestions.map((s) => [s.kind, s.scenarioId])).toEqual([
      ['weak-axis-again', 'pension-card'],
      ['untried-in-family', 'hub-request'],
      ['untried-in-family', 'three-targets'],
    ]);
    const fewer = suggest([attempt('first-day', [5, 5, 5], '2026-01-01')]);
    expect(fewer).toEqual([
      { kind: 'new-family', scenarioId: 'backlog', family: 'partner' },
      { kind: 'new-family', scenarioId: 'foi-or-sar', family: 'rules' },
      { kind: 'new-family', scenarioId: 'hub-request', family: 'safeguarding' },
    ]);
  });
});
