import { describe, expect, it } from 'vitest';
import { rubricIssues } from '../../../src/analysis/rubric';
import { shortestPaths, type GraphChoice, type StateGraph } from '../../../src/analysis/state-graph';
import { FINDING_SEVERITY } from '../../../src/analysis/findings';
import { analyseFixture } from '../../fixtures/analyse-fixture';

/** One decision whose options score [comp, comm, chal]; an option may carry a #rubric-exception reason. */
function decision(...options: [number, number, number, string?][]): StateGraph {
  const choices: GraphChoice[] = options.map(([compliance, communication, challenge, exception], index) => ({
    index,
    text: `option ${index}`,
    scores: { compliance, communication, challenge },
    reason: 'R.',
    ksbs: [],
    ...(exception ? { rubricException: exception } : {}),
    to: 1,
  }));
  return {
    start: 0,
    nodes: [
      { id: 0, kind: 'decision', location: 'passage d', context: '', ask: null, guide: null, choices },
      { id: 1, kind: 'end', stop: 'END', ending: null, location: 'end', context: '', message: null },
    ],
  };
}

const codesFor = (graph: StateGraph) => rubricIssues(graph, shortestPaths(graph)).map((i) => [i.code, i.path]);

describe('the scoring rubric, as far as scores show it', () => {
  it('warns when a serious breach earns communication or challenge points', () => {
    expect(codesFor(decision([2, 1, 0], [-2, 1, 0]))).toEqual([['rubric-warm-breach', [1]]]);
    expect(codesFor(decision([2, 1, 0], [-2, 0, 1]))).toEqual([['rubric-breach-as-challenge', [1]]]);
    expect(codesFor(decision([2, 1, 0], [-2, 2, 2]))).toEqual([['rubric-warm-breach', [1]], ['rubric-breach-as-challenge', [1]]]);
  });

  it('accepts a breach that earns nothing for its manner, and lesser lapses that keep some warmth', () => {
    expect(codesFor(decision([2, 1, 0], [-2, 0, 0], [-2, -1, -2]))).toEqual([]);
    expect(codesFor(decision([2, 1, 0], [-1, 1, 0], [-1, 0, 1]))).toEqual([]);
  });

  it('warns when challenge that humiliates still earns challenge points', () => {
    expect(codesFor(decision([1, 1, 2], [0, -2, 1]))).toEqual([['rubric-harsh-challenge', [1]]]);
    expect(codesFor(decision([1, 1, 2], [0, -2, 0], [0, -1, 1]))).toEqual([]);
  });

  it('warns when a breach totals at least as much as every other option at its decision', () => {
    expect(codesFor(decision([-2, 0, 0], [0, -2, -1]))).toEqual([['rubric-breach-pays', [0]]]);
    expect(codesFor(decision([-2, 0, 0], [0, -1, 0]))).toEqual([]);
  });

  it("lists an author's exception with its reason instead of warning, and flags one that excuses nothing", () => {
    const graph = decision([2, 1, 0], [-2, 1, 0, 'she is lied to, and the story shows what it costs']);
    const excused = rubricIssues(graph, shortestPaths(graph));
    expect(excused).toEqual([expect.objectContaining({ code: 'rubric-exception', message: expect.stringContaining('(rubric-warm-breach): she is lied to') })]);
    expect(codesFor(decision([2, 1, 0, 'just because'], [-2, 0, 0]))).toEqual([['rubric-exception-unneeded', [0]]]);
  });

  it('makes every rubric problem a warning and an exception a note, so neither fails a build', () => {
    expect(['rubric-warm-breach', 'rubric-breach-as-challenge', 'rubric-harsh-challenge', 'rubric-breach-pays', 'rubric-exception-unneeded'].map((c) => FINDING_SEVERITY[c as keyof typeof FINDING_SEVERITY])).toEqual(Array(5).fill('warning'));
    expect(FINDING_SEVERITY['rubric-exception']).toBe('note');
  });

  it('reads #rubric-exception from a compiled story and reports once per option', () => {
    const findings = analyseFixture('rubric').findings.filter((f) => f.code.startsWith('rubric'));
    expect(findings.map((f) => f.code)).toEqual(['rubric-warm-breach', 'rubric-breach-as-challenge', 'rubric-harsh-challenge', 'rubric-exception-unneeded', 'rubric-exception']);
    expect(findings.at(-1)!.message).toMatch(/"Take it" scores against the rubric on purpose \(rubric-breach-pays\): the only other option is worse/);
  });
});
