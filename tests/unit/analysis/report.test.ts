import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, pathText, REPORT_FORMAT } from '../../../src/analysis/report';
import { analyseFixture } from '../../fixtures/analyse-fixture';

describe('the analysis report', () => {
  const clean = { analysis: analyseFixture('clean'), source: 'clean.ink' };
  const deadEnd = { analysis: analyseFixture('dead-end'), source: 'dead-end.ink' };

  it('is not ok when any scenario has an error, and counts findings by severity', () => {
    expect(buildReport([clean]).ok).toBe(true);
    const report = buildReport([clean, deadEnd]);
    expect(report).toMatchObject({ format: REPORT_FORMAT, version: 1, ok: false, counts: { scenarios: 2, error: 2, warning: 0, note: 0 } });
  });

  it('survives a trip through JSON, without the state graph', () => {
    const report = buildReport([clean]);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.scenarios[0]).not.toHaveProperty('graph');
    expect(report.scenarios[0]!.bounds!.axes.compliance.max).toEqual({ value: 3, path: [0, 0] });
  });

  it('reads as text: states, endings, the range of every axis with a path, and each finding with its path', () => {
    const text = formatReport(buildReport([clean, deadEnd]));
    expect(text).toContain('5 distinct states (3 decisions, 2 ways to stop), 6 choices followed');
    expect(text).toContain('Endings: "resolved" at END (1 state, e.g. 1 → 1); "complaint" at END (1 state, e.g. 2 → 1)');
    expect(text).toMatch(/Compliance\s+lowest -2 by 2 → 2; highest \+3 by 1 → 1/);
    expect(text).toContain('Best overall: +6 by 1 → 1 (compliance +3, communication +3, challenge 0)');
    expect(text).toMatch(/ERROR\s+dead-end\s+passage stuck: .* \[path 1\]/);
    expect(text).toMatch(/FAILED/);
  });

  it('counts options from 1 in paths, as Inky shows them', () => {
    expect(pathText([0, 2, 1])).toBe('1 → 3 → 2');
    expect(pathText([])).toBe('the start');
  });

  it('shortens a long path to its first and last ten steps and counts the rest', () => {
    const long = Array.from({ length: 2_400 }, (_, i) => i % 3);
    const text = pathText(long);
    expect(text).toBe(`${pathText(long.slice(0, 10))} → … 2,380 more … → ${pathText(long.slice(-10))}`);
    // Thirty steps still fit on a line and are given in full.
    expect(pathText(long.slice(0, 30)).split(' → ')).toHaveLength(30);
  });

  it('says how far it got when the state limit stopped it, with the endings found so far', () => {
    const text = formatReport(buildReport([{ analysis: analyseFixture('counter', { maxStates: 1_200 }), source: 'counter.ink' }]));
    expect(text).toMatch(/not fully explored \(the state limit stopped it\): 1,200 distinct states \(1,200 decisions, 0 ways to stop\), 1,199 choices followed/);
    expect(text).toContain('Endings found so far: none');
    expect(text).toMatch(/ERROR\s+state-limit\s+the whole story: the story has more than 1,200 distinct states/);
  });
});
