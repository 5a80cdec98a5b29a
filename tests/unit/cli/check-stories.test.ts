import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStories } from '../../../src/cli/check-stories';
import { fixturePath } from '../../fixtures/compile-fixture';

describe('npm run check:stories', () => {
  const out = mkdtempSync(join(tmpdir(), 'cg-check-'));
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  /** Written to the progress stream, which is not a terminal here: it must stay empty. */
  const progress: string[] = [];
  afterEach(() => expect(progress).toEqual([]));

  function run(...args: string[]): { code: number; text: string } {
    const printed: string[] = [];
    const code = checkStories(['--json', join(out, 'report.json'), '--maps', join(out, 'maps'), ...args], (t) => printed.push(t), { isTTY: false, write: (t: string) => progress.push(t) });
    return { code, text: printed.join('\n') };
  }

  it('passes a clean scenario, and writes the same report as JSON and its map as SVG', () => {
    const { code, text } = run(fixturePath('analysis/clean'));
    expect(code).toBe(0);
    expect(text).toContain('No problems found.');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ ok: true, scenarios: [{ scenarioId: 'clean', complete: true }] });
    expect(readFileSync(join(out, 'maps', 'clean.svg'), 'utf8')).toMatch(/^<svg [^>]*role="img"/);
  });

  it.each(['dead-end', 'unscored', 'compile-error'])('fails the build on %s', (name) => {
    expect(run(fixturePath(`analysis/${name}`)).code).toBe(1);
  });

  it('passes a scenario that has only warnings', () => {
    expect(run(fixturePath('analysis/unreachable')).code).toBe(0);
  });

  it('fails a scenario that asks for something the game cannot show, naming it', () => {
    const { code, text } = run(fixturePath('analysis/undressed'));
    expect(code).toBe(1);
    expect(text).toMatch(/moon-base has no art/);
  });

  it('reports a compile error with its line number', () => {
    expect(run(fixturePath('analysis/compile-error')).text).toMatch(/compile-error\.ink line 9: Divert target not found: '-> nowhere'/);
  });

  it('names the file and line of each mistake about who is in the room, on whichever branch it is', () => {
    const file = fixturePath('analysis/presence');
    const lineOf = (text: string) => readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
    const { code, text } = run(file);
    expect(code).toBe(1);
    const at = (text: string) => `presence.ink:${lineOf(text)}: `;
    expect(text).toContain(`${at('#present: sam, bob')}passage start: "#present: sam, bob" names "bob", who is not in the cast`);
    expect(text).toContain(`${at('Sam comes back')}passage wrap, line "Sam comes back to the table.": "#enter: sam", but sam is already in the scene`);
    expect(text).toContain(`${at('Ana says goodbye')}passage wrap, line "Ana says goodbye and goes.": "#leave: ana", but ana is not in the scene [path 2 → 1]`);
  });

  it('names the state limit when a story has too many states to explore', () => {
    const { code, text } = run('--max-states', '25', fixturePath('analysis/counter'));
    expect(code).toBe(1);
    expect(text).toContain('more than 25 distinct states (the limit)');
    expect(existsSync(join(out, 'maps', 'counter.svg'))).toBe(false);
    // The JSON gives what was explored, not zeros.
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.scenarios[0]).toMatchObject({ complete: false, stats: { states: 25, decisions: 25, choices: 24 } });
  });

  it('refuses an option it does not know', () => {
    expect(run('--colour').code).toBe(2);
  });
});
