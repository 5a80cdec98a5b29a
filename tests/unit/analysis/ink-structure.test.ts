import { describe, expect, it } from 'vitest';
import { InkJson } from '../../../src/analysis/ink-json';
import { readInkStructure } from '../../../src/analysis/ink-structure';
import { compileFixture, compileSource } from '../../fixtures/compile-fixture';

const HEADER = '# title: T\n# family: tutorial\n# minutes: 1\n# summary: S\n';

function structureOf(source: string) {
  return readInkStructure(new InkJson(compileSource('s', HEADER + source).json));
}

describe('readInkStructure', () => {
  it('lists knots, stitches and functions by their ink paths', () => {
    const { passages } = readInkStructure(new InkJson(compileFixture('analysis/unreachable').json));
    expect(passages).toEqual([
      { path: 'start', kind: 'knot' },
      { path: 'start.done', kind: 'stitch' },
      { path: 'start.forgotten', kind: 'stitch' },
      { path: 'never', kind: 'knot' },
    ]);
    const features = readInkStructure(new InkJson(compileFixture('analysis/features').json));
    expect(features.passages).toContainEqual({ path: 'raise', kind: 'function' });
  });

  it('knows how each kind of sequence reads the count of its own container', () => {
    const { sequences } = structureOf('-> k\n=== k ===\n{stopping: a|b|c} {&a|b} {~a|b|c} {once: a|b} {shuffle once: a|b}\n-> END\n');
    expect([...sequences.values()]).toEqual([
      { kind: 'capped', cap: 3 },
      { kind: 'cycle', period: 2 },
      { kind: 'shuffle', length: 3 },
      { kind: 'capped', cap: 3 },
      { kind: 'capped', cap: 3 },
    ]);
  });

  it('takes the count ceiling from the numbers visit counts are compared with, not from other numbers', () => {
    expect(structureOf('VAR money = 100\n-> k\n=== k ===\n{k > 4: Again.}\n-> END\n').countCeiling).toBe(5);
    expect(structureOf('VAR money = 100\n-> k\n=== k ===\n{k: Again.}\n-> END\n').countCeiling).toBe(1);
    expect(structureOf('-> k\n=== k ===\n{TURNS_SINCE(-> k) >= 7: Late.}\n-> END\n').countCeiling).toBe(8);
  });

  it('notices RANDOM, shuffles, TURNS() and EXTERNAL calls', () => {
    expect(structureOf('{RANDOM(1, 2)}\n-> END\n')).toMatchObject({ usesRandom: true, usesShuffle: false, usesTurnIndex: false });
    expect(structureOf('{~a|b}\n-> END\n')).toMatchObject({ usesRandom: false, usesShuffle: true });
    expect(structureOf('{TURNS()}\n-> END\n')).toMatchObject({ usesTurnIndex: true });
    expect(structureOf('EXTERNAL beep()\n~ beep()\n-> END\n').externals).toEqual(['beep']);
  });

  it('refuses JSON that is not a compiled ink story', () => {
    expect(() => new InkJson('{"hello": 1}')).toThrow(/not a compiled ink story/);
  });
});
