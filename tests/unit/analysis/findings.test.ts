import { describe, expect, it } from 'vitest';
import { FINDING_SEVERITY, type FindingCode } from '../../../src/analysis/findings';
import { analyseScenario } from '../../../src/analysis/analyse-scenario';
import { analyseFixture } from '../../fixtures/analyse-fixture';
import { compileSource } from '../../fixtures/compile-fixture';

const HEADER = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';

/** Each purpose-written story and exactly what the analyzer must say about it: [code, where]. */
const plans: [string, [FindingCode, string][]][] = [
  ['clean', []],
  ['features', []],
  ['tunnel', []],
  ['thread', []],
  ['dead-end', [['dead-end', 'passage stuck'], ['dead-end', 'passage detour']]],
  [
    'unscored',
    [
      ['unscored-choice', 'passage start'],
      ['missing-reason', 'passage start'],
      ['missing-reason', 'passage start'],
    ],
  ],
  ['same-score', [['nothing-to-learn', 'passage start']]],
  [
    'rubric',
    [
      ['rubric-warm-breach', 'the opening'],
      ['rubric-breach-as-challenge', 'the opening'],
      ['rubric-harsh-challenge', 'the opening'],
      ['rubric-exception-unneeded', 'the opening'],
      ['rubric-exception', 'the opening'],
    ],
  ],
  ['ask-unguided', [['ask-without-guide', 'the opening'], ['ask-without-guide', 'the opening']]],
  [
    'untitled-endings',
    [
      ['title-without-ending', 'top of file'],
      ['ending-without-title', '#ending: shredded'],
      ['ending-without-summary', '#ending: lost'],
    ],
  ],
  ['unreachable', [['unreachable', 'stitch start.forgotten'], ['unreachable', 'knot never']]],
  ['trapped', [['trapped-loop', 'passage pacing, passage waiting']]],
  ['external', [['external-without-fallback', 'EXTERNAL playAlarm']]],
  ['score-farm', [['unbounded-score', 'passage hub']]],
  ['shuffle', [['unreachable', 'knot upset'], ['seed-specific', 'the whole story']]],
  [
    'bad-tags',
    [
      ['tag', 'passage start'],
      ['tag', 'passage start'],
      ['tag', 'passage start, the line after choice "Nod"'],
      ['unscored-choice', 'passage start'],
      ['unscored-choice', 'passage start'],
      ['missing-reason', 'passage start'],
    ],
  ],
];

describe('collectFindings', () => {
  it.each(plans)('reports on %s exactly what is wrong with it', (name, expected) => {
    const { findings } = analyseFixture(name);
    expect(findings.map((f) => [f.code, f.where])).toEqual(expected);
  });

  it('gives each finding the path that shows it', () => {
    const [deadEnd] = analyseFixture('dead-end').findings;
    expect(deadEnd).toMatchObject({ severity: 'error', path: [0], message: expect.stringMatching(/no choice to make and no END or DONE after "Nobody answers\."/) });
    const [trap] = analyseFixture('trapped').findings;
    expect(trap!.path).toEqual([1]);
    const unscored = analyseFixture('unscored').findings[0]!;
    expect(unscored).toMatchObject({ path: [1], message: 'choice "Fill in the gaps yourself" has no #score tag' });
  });

  it('counts dead ends, traps, unscored choices and tag mistakes as errors; the rest never fails a build', () => {
    const errors = Object.entries(FINDING_SEVERITY).filter(([, s]) => s === 'error').map(([code]) => code);
    expect(errors).toEqual(expect.arrayContaining(['dead-end', 'trapped-loop', 'unscored-choice', 'tag', 'state-limit', 'compile-error']));
    expect(FINDING_SEVERITY['missing-reason']).toBe('warning');
    expect(FINDING_SEVERITY['nothing-to-learn']).toBe('warning');
    // An ending without its words still plays (its id is shown in words); a title for no ending is a typo.
    expect([FINDING_SEVERITY['ending-without-title'], FINDING_SEVERITY['ending-without-summary'], FINDING_SEVERITY['title-without-ending']]).toEqual(['warning', 'warning', 'error']);
  });

  it('reports a tag mistake that only playing reveals at every choice that makes it', () => {
    const source = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n* [a] #score: comp 0, comm 0, chal 0\n  A.\n  -> END\n* [b] #score: comp 0, comm 0, chal 0\n  B.\n  -> END\n';
    const { findings } = analyseScenario('twice', compileSource('twice', source).json);
    expect(findings.filter((f) => f.code === 'tag').map((f) => f.path)).toEqual([[0], [1]]);
  });

  it('says which part of an #ask guide is missing', () => {
    const messages = analyseFixture('ask-unguided').findings.map((f) => f.message);
    expect(messages[0]).toMatch(/"What would you say first\?" has no #model answer and no #look-for points/);
    expect(messages[1]).toMatch(/"How would you explain the delay\?" has no #look-for points/);
  });

  it('notes when the analysis had to approximate a shuffle', () => {
    expect(analyseFixture('shuffle-loop').findings.map((f) => f.code)).toContain('shuffle-approximated');
  });

  it('stops at the state limit with one error that names the limit, and says how far it got', () => {
    const analysis = analyseFixture('counter', { maxStates: 30 });
    expect(analysis.complete).toBe(false);
    expect(analysis.findings).toEqual([expect.objectContaining({ code: 'state-limit', severity: 'error', message: expect.stringContaining('more than 30 distinct states') })]);
    // Depth first, "Ask again" every time: thirty rounds of the loop, each a new count.
    expect(analysis.stats).toMatchObject({ states: 30, decisions: 30, choices: 29 });
    expect(analysis.graph).toBeNull();
  });

  it('keeps what the part explored proves when the limit stops it, and leaves out what needs the whole story', () => {
    const source = `${HEADER}# ending-title: left = Left in peace
VAR asked = 0
-> hub
=== hub ===
You have asked {asked} times. #speeker: sam
+ [Ask someone else] -> stuck
+ [Ask again #score: comp 0, comm +1, chal 0 #reason: Persistence.]
  ~ asked++
  -> hub
=== stuck ===
Nobody answers.
=== unused ===
Never. #ending: left
-> END
`;
    const analysis = analyseScenario('untidy', compileSource('untidy', source).json, { maxStates: 50 });
    const codes = analysis.findings.map((f) => f.code);
    expect(analysis.complete).toBe(false);
    expect(codes).toEqual(expect.arrayContaining(['state-limit', 'tag', 'dead-end', 'unscored-choice', 'missing-reason']));
    // The knot may be reached, and the title's ending found, past the limit.
    expect(codes).not.toContain('unreachable');
    expect(codes).not.toContain('title-without-ending');
    expect(analysis.stats.states).toBe(50);
  });
});

describe('LIST_RANDOM', () => {
  it('is randomness like RANDOM: a knot reached only on some draws is not called unreachable', () => {
    const { findings } = analyseFixture('list-random');
    expect(findings.map((f) => f.code)).toEqual(['seed-specific']);
  });
});
