import { describe, expect, it } from 'vitest';
import { lessonsFor } from '../../../src/analysis/best-per-decision';
import type { ScenarioMeta } from '../../../src/narrative/scenario-meta';
import { bestLine, bestMark, decisionLine, learnerResult } from '../../../src/portfolio/learner-result';
import { buildDebrief } from '../../../src/scoring/debrief';
import { PlaySession } from '../../../src/session/play-session';
import { compileFixture } from '../../fixtures/compile-fixture';

const META = { id: 'two-doors', title: 'Two doors', endings: [{ id: 'done', title: 'The call is closed', summary: 'The caller was helped, in the end.' }] } as ScenarioMeta;
const BOUNDS = { compliance: { min: -3, max: 3 }, communication: { min: 0, max: 0 }, challenge: { min: null, max: 2 } };

function played(...choices: number[]) {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 'r1', seed: 1, mode: 'practice' });
  for (const c of choices) session.choose(c);
  const debrief = buildDebrief(session.log.events);
  return { debrief, lessons: lessonsFor(debrief, null) };
}

describe("the learner's one-page result", () => {
  const { debrief, lessons } = played(0, 1);
  const result = learnerResult({ debrief, lessons, bounds: BOUNDS, meta: META, learner: 'Sam Jones', date: '3 December 2026' });

  it('names the scenario, the learner, the date and the ending in its author’s words', () => {
    expect(result).toMatchObject({ scenarioTitle: 'Two doors', learner: 'Sam Jones', date: '3 December 2026' });
    expect(result.ending).toEqual({ title: 'The call is closed', summary: 'The caller was helped, in the end.' });
  });

  it('gives each total as the debrief does, on the range the scenario allows', () => {
    expect(result.axes.map((a) => [a.label, a.score])).toEqual([['Compliance', '+2'], ['Communication', '0'], ['Constructive challenge', '0']]);
    expect(result.axes[0]).toMatchObject({ range: 'on a range from -3 (lowest possible) to +3 (highest possible): 83% of the way up', percent: 83 });
    expect(result.axes[2]!.range).toBe('of a possible +2 (this scenario has no lower limit on this axis)');
  });

  it('says for each decision what was chosen and whether it was the best there, naming the best when not', () => {
    expect(result.decisions.map((d) => [d.chosen, d.best])).toEqual([["Check the caller's identity", true], ['End the call', false]]);
    const [first, second] = result.decisions as [typeof result.decisions[0], typeof result.decisions[0]];
    expect(decisionLine(first)).toBe("1. You chose: Check the caller's identity");
    expect(bestMark(first)).toBe('   — Best here');
    expect(bestLine(first)).toBeNull();
    expect(bestMark(second)).toBeNull();
    expect(bestLine(second)).toBe(`Best here: ${lessons[1]!.best[0]!.text}`);
    expect(result.bestCount).toBe('You chose the best option at 1 of 2 decisions.');
  });

  it('still reads when there is no profile name, no range and no ending words', () => {
    const bare = learnerResult({ debrief, lessons, bounds: null, meta: null, learner: null, date: '3 December 2026' });
    expect(bare).toMatchObject({ scenarioTitle: 'two-doors', learner: 'Name not recorded', ending: { title: 'Done', summary: null } });
    expect(bare.axes.every((a) => a.range === null && a.percent === null)).toBe(true);
  });
});
