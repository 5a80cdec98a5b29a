/**
 * `npm run check:stories [-- options] [files…]`: analyses every scenario in stories/, or the `.ink` and
 * compiled `.json` files named, prints a report, writes it as JSON and each scenario's map as SVG, and
 * exits 1 when any scenario has an error (warnings and notes do not fail it).
 *
 *   --json <file>       where to write the JSON report (default dist-reports/analysis.json)
 *   --maps <dir>        where to write one SVG map per scenario, best path highlighted (default dist-reports/maps)
 *   --max-states <n>    give up on a scenario with more distinct states than this (default 200000)
 *   --seed <n>          the random seed to explore shuffles and RANDOM with (default 1)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildScenario, scenarioFiles } from '../build/ink-plugin';
import { scenarioPictures } from '../build/scenario-pictures';
import { sourceLineOf } from '../build/source-line';
import { lintScenarioAssets } from '../content/asset-lint';
import { collectTags } from '../narrative/tag-lint';
import { analyseFile } from '../analysis/analyse-file';
import { ANALYSIS_SEED, DEFAULT_MAX_STATES, type ScenarioAnalysis } from '../analysis/analyse-scenario';
import { finding, sortFindings, type Finding } from '../analysis/findings';
import { toMapGraph } from '../analysis/map-graph';
import { buildReport, formatReport } from '../analysis/report';
import { drawScenarioMap } from '../analysis/scenario-map';
import { ProgressLine, type ProgressStream } from './progress-line';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface CheckOptions {
  files: string[];
  json: string;
  maps: string;
  maxStates: number;
  seed: number;
}

export function parseArgs(argv: readonly string[]): CheckOptions | { error: string } {
  const options: CheckOptions = {
    files: [],
    json: join(ROOT, 'dist-reports', 'analysis.json'),
    maps: join(ROOT, 'dist-reports', 'maps'),
    maxStates: DEFAULT_MAX_STATES,
    seed: ANALYSIS_SEED,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--') continue;
    else if (arg === '--json') options.json = value();
    else if (arg === '--maps') options.maps = value();
    else if (arg === '--max-states') options.maxStates = Number(value());
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else options.files.push(arg);
  }
  if (!Number.isInteger(options.maxStates) || options.maxStates < 1) return { error: '--max-states needs a whole number above 0' };
  if (!Number.isInteger(options.seed)) return { error: '--seed needs a whole number' };
  if (!options.json || !options.maps) return { error: '--json and --maps need a path' };
  return options;
}

/**
 * Runs the check and returns the exit code: 0 clean or warnings only, 1 errors, 2 a mistake in the
 * command. While a scenario takes a while, a line on `progress` (a terminal only) counts its states.
 */
export function checkStories(argv: readonly string[], print: (text: string) => void = console.log, progress: ProgressStream = process.stderr): number {
  const options = parseArgs(argv);
  if ('error' in options) {
    print(`check:stories: ${options.error}`);
    return 2;
  }
  const files = options.files.length > 0 ? options.files : scenarioFiles(join(ROOT, 'stories'));
  const line = new ProgressLine(progress);
  const analyse = (file: string) => {
    const name = basename(file).replace(/\.(ink|json)$/i, '');
    const limit = options.maxStates.toLocaleString('en-GB');
    line.start();
    const onProgress = (states: number) => line.update(`${name}: ${states.toLocaleString('en-GB')} states… (the limit is ${limit})`);
    try {
      return analyseFile(file, { ...options, onProgress });
    } finally {
      line.clear();
    }
  };
  const entries = files.map((file) => ({ analysis: withLines(withAssets(analyse(file), file), file), source: relative(process.cwd(), file) || file }));
  const report = buildReport(entries);
  print(formatReport(report));
  writeOut(options.json, JSON.stringify(report, null, 2) + '\n');
  const maps = entries.map(({ analysis }) => writeMap(analysis, options.maps)).filter((m): m is string => m !== null);
  print(`\nJSON report: ${relative(process.cwd(), options.json)}${maps.length ? `; maps: ${relative(process.cwd(), options.maps)}/` : ''}`);
  return report.ok ? 0 : 1;
}

/** Adds what the game could not show (a place without art, a sound without a file, a cast member without a look). */
function withAssets(analysis: ScenarioAnalysis, file: string): ScenarioAnalysis {
  const missing = assetFindings(file);
  return missing.length ? { ...analysis, findings: sortFindings([...analysis.findings, ...missing]) } : analysis;
}

/** Each finding in an .ink file with the nearest line to look at, found as the build finds it; the compiler's come with theirs. */
function withLines(analysis: ScenarioAnalysis, file: string): ScenarioAnalysis {
  if (!/\.ink$/i.test(file)) return analysis;
  const source = readFileSync(file, 'utf8');
  const findings = analysis.findings.map((f) => {
    const line = /line \d+/.test(f.where) ? null : sourceLineOf(source, f.where, f.message);
    return line ? { ...f, line } : f;
  });
  return { ...analysis, findings };
}

function assetFindings(file: string): Finding[] {
  // A compiled .json carries no file to build from; an .ink that fails to build is reported by the analysis.
  if (!/\.ink$/i.test(file)) return [];
  let built;
  try {
    built = buildScenario(file);
  } catch {
    return [];
  }
  const tags = collectTags(JSON.parse(built.json)).map((t) => t.raw);
  // Pictures stay inside the project; a file checked from elsewhere keeps them beside it.
  const root = relative(ROOT, file).startsWith('..') ? dirname(file) : ROOT;
  const pictures = scenarioPictures(file, readFileSync(file, 'utf8'), built.json, root).problems;
  return [
    ...lintScenarioAssets(built.meta, tags).map((problem) => finding('missing-asset', 'the scenario', problem)),
    ...pictures.map((p) => finding('missing-asset', p.line ? `line ${p.line}` : 'the scenario', p.message)),
  ];
}

function writeMap(analysis: ScenarioAnalysis, dir: string): string | null {
  const map = analysis.graph ? toMapGraph(analysis.graph) : null;
  if (!map) return null;
  const best = analysis.bounds?.best.total.path;
  const svg = drawScenarioMap(map, { title: analysis.scenarioId, highlight: best, highlightName: 'the best path overall' });
  const file = join(dir, `${analysis.scenarioId}.svg`);
  writeOut(file, svg + '\n');
  return file;
}

function writeOut(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = checkStories(process.argv.slice(2));
}
