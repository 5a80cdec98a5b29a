/**
 * Runs the browser suite (or the files named) N times in a row, building the game once, and prints
 * how often each file passed, with the first line of every failure. Finds flaky tests:
 *   npm run test:browser:repeat -- 10
 *   npm run test:browser:repeat -- 10 tests/browser/sound.test.ts
 * Exits non-zero if any run of any file failed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { z } from 'zod';

const JsonReport = z.object({
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.string().optional(),
      assertionResults: z.array(z.object({ fullName: z.string(), status: z.string(), failureMessages: z.array(z.string()).nullish() })),
    }),
  ),
});

interface FileTally {
  passed: number;
  failed: number;
  failures: string[];
}

const [countArg = '10', ...files] = process.argv.slice(2);
const runs = Number(countArg);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`The first argument is how many runs (a whole number, 1 or more), not "${countArg}".`);
  process.exit(2);
}

const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const outDir = mkdtempSync(join(tmpdir(), 'cg-repeat-'));
const tally = new Map<string, FileTally>();
for (let run = 1; run <= runs; run++) {
  const outputFile = join(outDir, `run-${run}.json`);
  console.log(`\n— run ${run} of ${runs} —`);
  spawnSync('npx', ['vitest', 'run', '--project', 'browser', '--reporter=dot', '--reporter=json', `--outputFile.json=${outputFile}`, ...files], {
    stdio: 'inherit',
    env: { ...process.env, CG_BROWSER_PREBUILT: '1' },
  });
  let report: z.infer<typeof JsonReport>;
  try {
    report = JsonReport.parse(JSON.parse(readFileSync(outputFile, 'utf8')));
  } catch (error) {
    console.error(`run ${run} wrote no readable report (${String(error)}); counting it as a failure of the whole suite`);
    const whole = tally.get('(whole suite)') ?? { passed: 0, failed: 0, failures: [] };
    whole.failed++;
    tally.set('(whole suite)', whole);
    printTally(run);
    continue;
  }
  for (const file of report.testResults) {
    const name = relative(process.cwd(), file.name);
    const entry = tally.get(name) ?? { passed: 0, failed: 0, failures: [] };
    if (file.status === 'passed') entry.passed++;
    else {
      entry.failed++;
      const failed = file.assertionResults.filter((test) => test.status === 'failed');
      if (failed.length === 0) entry.failures.push(`run ${run}: ${firstLine(file.message ?? file.status)}`);
      for (const test of failed) entry.failures.push(`run ${run}: ${test.fullName}: ${firstLine(test.failureMessages?.[0] ?? '')}`);
    }
    tally.set(name, entry);
  }
  // The counts so far after every run, so a run stopped part-way still leaves its numbers.
  printTally(run);
}
rmSync(outDir, { recursive: true, force: true });

function printTally(done: number): void {
  console.log(`\nBrowser suite, ${done} of ${runs} run${runs === 1 ? '' : 's'}:`);
  const width = Math.max(...[...tally.keys()].map((name) => name.length));
  for (const [name, { passed, failed, failures }] of [...tally].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${name.padEnd(width)}  passed ${passed}  failed ${failed}`);
    for (const failure of failures) console.log(`    ${failure}`);
  }
}

function firstLine(text: string): string {
  // Vitest's JSON report gives a timed-out test only this placeholder, not "Test timed out".
  if (text.startsWith('Error: STACK_TRACE_ERROR')) return 'timed out (Vitest reports no message)';
  return text.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 200) ?? '';
}

process.exit([...tally.values()].some((entry) => entry.failed > 0) ? 1 : 0);
