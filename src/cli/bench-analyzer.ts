/**
 * `npm run bench:analyzer`: how fast the scenario analyzer is. Prints wall time and states per second
 * for the whole shipped library (stories/), for the analyzer's own test stories, for generated
 * stress stories whose paths double with every decision while their distinct states grow by two, and
 * for a generated town the size of a published ink game (about 100 KB) whose states never run out,
 * explored to a state limit. Timing lives here, never in a test: a loaded machine must not fail a build.
 *
 *   -- --write-town <file>   also write the town story there, to try `npm run check:stories -- <file>` on
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseScenario, type ScenarioAnalysis } from '../analysis/analyse-scenario';
import { stressStory } from '../analysis/stress-story';
import { townStory } from '../analysis/town-story';
import { compileInk } from '../compile/compile-ink';
import { scenarioFiles } from '../build/ink-plugin';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STRESS_SIZES = [25, 50, 100, 200, 400, 800];
/** The town: 40 places (about 100 KB of ink), explored to this many states, fastest of TOWN_RUNS. */
const TOWN_ROOMS = 40;
const TOWN_STATES = 20_000;
const TOWN_RUNS = 3;
/** Each stress size is timed this many times and the fastest run kept, so a busy moment does not skew the trend. */
const STRESS_RUNS = 3;
/** Purpose-written to exceed any limit: benchmarking it would only measure the limit. */
const UNBOUNDED_FIXTURES = new Set(['counter.ink']);

interface Row {
  name: string;
  states: number;
  compileMs: number;
  /** Wall time of the analysis. */
  analyseMs: number;
  /** Processor time of the analysis: what the wall time would be on an idle machine. */
  cpuMs: number;
}

function measure(name: string, source: string, file: string): Row {
  const compileStart = performance.now();
  const { json } = compileInk(source, file);
  const compileMs = performance.now() - compileStart;
  const cpuStart = process.cpuUsage();
  const analysis: ScenarioAnalysis = analyseScenario(name, json);
  const cpu = process.cpuUsage(cpuStart);
  if (!analysis.complete) throw new Error(`${name} was not fully analysed: ${analysis.findings[0]?.message ?? ''}`);
  return { name, states: analysis.stats.states, compileMs, analyseMs: analysis.stats.elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function library(title: string, files: string[]): void {
  const started = performance.now();
  const rows = files.map((file) => measure(file.split('/').pop()!.replace(/\.ink$/, ''), readFileSync(file, 'utf8'), file));
  const wallMs = performance.now() - started;
  console.log(`\n${title}: ${rows.length} scenario${rows.length === 1 ? '' : 's'}`);
  if (rows.length === 0) {
    console.log('  (none yet)');
    return;
  }
  table(
    rows.map((r) => [r.name, r.states, ms(r.compileMs), ms(r.analyseMs), ms(r.cpuMs), rate(r.states, r.analyseMs)]),
    ['scenario', 'states', 'compile', 'analyse', 'cpu', 'states/s'],
  );
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const states = sum((r) => r.states);
  console.log(
    `  whole library: ${states} states; wall time ${ms(wallMs)} (compile + analyse); analysis ${ms(sum((r) => r.analyseMs))} wall, ${ms(sum((r) => r.cpuMs))} cpu, ${rate(states, sum((r) => r.analyseMs))} states/s`,
  );
}

function stress(): void {
  console.log(`\nStress story: n decisions in a row, two options each, rejoining (2^n paths); fastest of ${STRESS_RUNS} runs`);
  const rows = STRESS_SIZES.map((n) => {
    const runs = Array.from({ length: STRESS_RUNS }, () => measure(`stress-${n}`, stressStory(n), `/generated/stress-${n}.ink`));
    return { n, ...runs.reduce((a, b) => (b.analyseMs < a.analyseMs ? b : a)) };
  });
  table(
    rows.map((r) => [r.n, `2^${r.n}`, r.states, ms(r.analyseMs), ms(r.cpuMs), rate(r.states, r.analyseMs), `${Math.round((r.cpuMs * 1000) / r.states)} µs`]),
    ['n', 'paths', 'states', 'analyse', 'cpu', 'states/s', 'cpu per state'],
  );
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const growth = last.cpuMs / last.states / (first.cpuMs / first.states);
  console.log(`  cpu time per state at n=${last.n} is ${growth.toFixed(2)}× that at n=${first.n} (1.00× is exactly linear in states; fixed costs make small stories dearer per state)`);
}

function town(): void {
  const source = townStory(TOWN_ROOMS);
  const { json } = compileInk(source, '/generated/town.ink');
  console.log(`\nTown: ${TOWN_ROOMS} places, ${Math.round(source.length / 1024)} KB of ink, states without end; explored to ${TOWN_STATES.toLocaleString('en-GB')} states, fastest of ${TOWN_RUNS} runs`);
  const runs = Array.from({ length: TOWN_RUNS }, () => {
    const cpuStart = process.cpuUsage();
    const analysis = analyseScenario('town', json, { maxStates: TOWN_STATES });
    const cpu = process.cpuUsage(cpuStart);
    if (analysis.complete) throw new Error('the town was explored to its end: it should have no end');
    return { states: analysis.stats.states, analyseMs: analysis.stats.elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000 };
  });
  const best = runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  table([[best.states, ms(best.analyseMs), ms(best.cpuMs), rate(best.states, best.analyseMs), rate(best.states, best.cpuMs)]], ['states', 'analyse', 'cpu', 'states/s', 'states per cpu second']);
  console.log("  (cpu counts the garbage collector's helper threads too, so it can exceed the wall time on one core)");
}

function table(rows: (string | number)[][], head: string[]): void {
  const all = [head, ...rows].map((row) => row.map(String));
  const widths = head.map((_, i) => Math.max(...all.map((row) => row[i]!.length)));
  for (const row of all) console.log('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
}

const ms = (value: number) => `${Math.round(value)} ms`;
const rate = (states: number, elapsedMs: number) => String(Math.round(states / (elapsedMs / 1000)));

// A few runs first, so the JIT's warm-up is not charged to the first rows.
const warmUp = compileInk(stressStory(60), '/generated/warm-up.ink').json;
for (let i = 0; i < 4; i++) analyseScenario('warm-up', warmUp);
console.log(`Scenario analyzer benchmark (Node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)})`);
console.log('Wall times depend on what else the machine is doing; cpu times much less so.');
library('Shipped library (stories/)', scenarioFiles(join(ROOT, 'stories')));
const fixtures = join(ROOT, 'tests/fixtures/stories/analysis');
library(
  "Analyzer's test stories (tests/fixtures/stories/analysis)",
  readdirSync(fixtures)
    .filter((f) => f.endsWith('.ink') && !UNBOUNDED_FIXTURES.has(f) && f !== 'compile-error.ink')
    .sort()
    .map((f) => join(fixtures, f)),
);
stress();
town();
const write = process.argv.indexOf('--write-town');
if (write !== -1 && process.argv[write + 1]) {
  writeFileSync(process.argv[write + 1]!, townStory(TOWN_ROOMS));
  console.log(`\nWrote the town story to ${process.argv[write + 1]}`);
}
