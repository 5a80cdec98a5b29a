import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inkPlugin } from '../../../src/build/ink-plugin';

const storiesDir = new URL('../../../stories', import.meta.url).pathname;
const TOP = '# title: Case\n# family: tutorial\n# minutes: 1\n# summary: One authoring mistake.\n# cast: sam = Sam Lee, Officer\n';
const SCORE = '#score: comp 1, comm 0, chal 0 #reason: Fine.';

type Transform = (this: unknown, code: string, id: string) => unknown;

/** Runs the Vite plugin's transform on one ink file, as `npm run build` does; the error it raises, or null. */
function buildError(body: string): { message: string; loc?: { line: number } } | null {
  const file = join(mkdtempSync(join(tmpdir(), 'cg-rejects-')), 'case.ink');
  const source = TOP + body;
  writeFileSync(file, source);
  const errors: { message: string; loc?: { line: number } }[] = [];
  const context = { error: (e: { message: string }) => { errors.push(e); throw new Error('stop'); }, warn: () => {}, addWatchFile: () => {} };
  try {
    (inkPlugin({ storiesDir }).transform as Transform).call(context, source, file);
  } catch (error) {
    if (!errors.length) throw error;
  }
  return errors[0] ?? null;
}

/** The line (1-based) of the file that holds `text`. */
function lineOf(body: string, text: string): number {
  return (TOP + body).split('\n').findIndex((l) => l.includes(text)) + 1;
}

describe('the build rejects what the game would stop on, with file and line', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a #score after the brackets', `Start.\n* [Share the file] #score: comp -2, comm 0, chal 0\n  Shared.\n- -> END\n`, 'Share the file', /#score belongs inside a choice/],
    ['a #speaker on a choice', `Start.\n* [Ask Sam #speaker: sam ${SCORE}] Asked.\n- -> END\n`, 'Ask Sam', /#speaker belongs on a line of text, but was found on a choice/],
    ['a #title on a line', `Start.\nMiddle line #title: Again\n-> END\n`, 'Middle line', /#title belongs at the top of the file/],
    ['an #ask at the end', `Start.\nLast words #ask: What now?\n-> END\n`, 'Last words', /#ask must come before a decision/],
    ['two #ask before one decision', `First #ask: One?\nSecond #ask: Two?\n* [Go ${SCORE}] Gone.\n- -> END\n`, 'Second', /only one #ask/],
    ['a #mood without a #speaker', `Start.\nSighs #mood: concerned\n-> END\n`, 'Sighs', /#mood needs a #speaker/],
    ['a second #score on a choice', `Start.\n* [Twice ${SCORE} #score: comp 0, comm 0, chal 0] Done.\n- -> END\n`, 'Twice', /only one #score/],
    ['a second #reason on a choice', `Start.\n* [Reasons ${SCORE} #reason: Again.] Done.\n- -> END\n`, 'Reasons', /only one #reason/],
    ['a loop that prints with no choice', `-> loop\n=== loop ===\nHi\n-> loop\n`, '=== loop ===', /this part loops with no choice/],
    ['a division by zero', `Start.\nSum { 1 mod 0 } here\n-> END\n`, '', /ink runtime error/],
    ['#toString on a line', `Hello #toString\n-> END\n`, 'Hello', /unknown tag "#toString"/],
    ['#__proto__ on a line', `Hello #__proto__\n-> END\n`, 'Hello', /unknown tag "#__proto__"/],
    ['#constructor on a line', `Hello #constructor\n-> END\n`, 'Hello', /unknown tag "#constructor"/],
    ['a #present naming someone not in the cast', `Start.\nSam waits. #present: sam, kim\n-> END\n`, '#present: sam, kim', /"#present: sam, kim" names "kim", who is not in the cast/],
    ['an #enter of someone already in the scene', `Start. #present: sam\nSam comes in. #enter: sam\n-> END\n`, 'Sam comes in', /"#enter: sam", but sam is already in the scene/],
    ['a #leave of someone not in the scene', `Start. #present: sam\nSam goes.\n* [Stay ${SCORE}] Stayed.\n* [Go ${SCORE}] Gone. #leave: sam\n  Gone again. #leave: sam\n- -> END\n`, 'Gone again', /"#leave: sam", but sam is not in the scene/],
  ];
  it.each(cases)('%s', (_name, body, at, message) => {
    const error = buildError(body);
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain('case.ink');
    if (at) expect(error?.loc?.line).toBe(lineOf(body, at));
  });

  it('passes a clean scenario', () => {
    expect(buildError(`Start. #speaker: sam #mood: neutral\n* [Go ${SCORE}] Gone.\n- -> END\n`)).toBeNull();
  });

  it('a loop that prints nothing is stopped by time, not left to hang', () => {
    expect(buildError(`-> loop\n=== loop ===\n-> loop\n`)?.message).toMatch(/this part loops with no choice \(it ran for/);
  }, 30_000);
});
