import { AXES, AXIS_LABELS, formatScore } from '../core/axes';
import type { ScenarioAnalysis } from './analyse-scenario';
import type { Severity } from './findings';
import type { Extreme } from './score-bounds';

export const REPORT_FORMAT = 'common-ground/scenario-analysis';
const REPORT_VERSION = 1;

/** One scenario's analysis as the report gives it: everything but the state graph, and where it came from. */
type ScenarioReport = Omit<ScenarioAnalysis, 'graph'> & { source: string | null };

/** What `npm run check:stories` writes as JSON; the text report is made from the same object. */
interface AnalysisReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  /** False when any scenario has an error. */
  ok: boolean;
  counts: { scenarios: number } & Record<Severity, number>;
  scenarios: ScenarioReport[];
}

export function buildReport(entries: { analysis: ScenarioAnalysis; source: string | null }[]): AnalysisReport {
  const scenarios = entries.map(({ analysis: { graph: _graph, ...rest }, source }) => ({ ...rest, source }));
  const count = (severity: Severity) => scenarios.reduce((n, s) => n + s.findings.filter((f) => f.severity === severity).length, 0);
  const counts = { scenarios: scenarios.length, error: count('error'), warning: count('warning'), note: count('note') };
  return { format: REPORT_FORMAT, version: REPORT_VERSION, ok: counts.error === 0, counts, scenarios };
}

/** The report as text for a terminal. Paths count options from 1, as Inky numbers them; the JSON keeps ink's indices. */
export function formatReport(report: AnalysisReport): string {
  const lines = ['Scenario analysis. Paths give the option taken at each decision, counting from 1 as Inky does.', ''];
  if (report.scenarios.length === 0) lines.push('No scenarios to check.', '');
  for (const scenario of report.scenarios) lines.push(...formatScenario(scenario), '');
  lines.push(summary(report));
  return lines.join('\n');
}

function formatScenario(s: ScenarioReport): string[] {
  const lines = [`${s.scenarioId}${s.source ? `  (${s.source})` : ''}`];
  const { states, decisions, choices, elapsedMs } = s.stats;
  const explored = `${plural(states, 'distinct state')} (${plural(decisions, 'decision')}, ${plural(states - decisions, 'way')} to stop), ${plural(choices, 'choice')} followed, ${Math.round(elapsedMs)} ms, seed ${s.seed}`;
  const endings = s.endings.map((e) => `${e.ending ? `"${e.ending}"` : 'unnamed'} at ${e.stop} (${plural(e.states, 'state')}, e.g. ${pathText(e.path)})`).join('; ') || 'none';
  if (s.complete) lines.push(`  ${explored}`, `  Endings: ${endings}`);
  else if (states > 0) lines.push(`  not fully explored (the state limit stopped it): ${explored}`, `  Endings found so far: ${endings}`);
  else lines.push('  not fully analysed: see the errors below');
  if (s.bounds) {
    const width = Math.max(...AXES.map((axis) => AXIS_LABELS[axis].length));
    lines.push('  Scores a learner can reach:');
    for (const axis of AXES) {
      const { min, max } = s.bounds.axes[axis];
      lines.push(`    ${AXIS_LABELS[axis].padEnd(width)}  lowest ${extremeText(min, 'lower')}; highest ${extremeText(max, 'upper')}`);
    }
    const best = s.bounds.best;
    const scores = AXES.map((axis) => `${axis} ${formatScore(best.scores[axis])}`).join(', ');
    lines.push(`  Best overall: ${extremeText(best.total, 'upper')}${best.total.value === 'unbounded' ? '' : ` (${scores})`}`);
  }
  if (s.findings.length === 0) lines.push('  No problems found.');
  for (const f of s.findings) {
    const path = f.path ? ` [path ${pathText(f.path)}]` : '';
    const at = f.line ? `${s.source ?? s.scenarioId}:${f.line}: ` : '';
    lines.push(`  ${f.severity.toUpperCase().padEnd(7)} ${f.code.padEnd(25)} ${at}${f.where}: ${f.message}${path}`);
  }
  return lines;
}

function extremeText(extreme: Extreme, direction: 'lower' | 'upper'): string {
  if (extreme.value === 'unbounded') return `no ${direction} limit (loop at ${extreme.loop.join(', ')})`;
  return `${formatScore(extreme.value)} by ${pathText(extreme.path)}`;
}

/** Steps shown at each end of a long path; the middle is counted, not listed. */
const PATH_ENDS = 10;

/** A path as options counted from 1; one longer than a line or two keeps its first and last steps. */
export function pathText(path: readonly number[]): string {
  if (path.length === 0) return 'the start';
  const steps = (part: readonly number[]) => part.map((index) => index + 1).join(' → ');
  if (path.length <= 3 * PATH_ENDS) return steps(path);
  const hidden = path.length - 2 * PATH_ENDS;
  return `${steps(path.slice(0, PATH_ENDS))} → … ${hidden.toLocaleString('en-GB')} more … → ${steps(path.slice(-PATH_ENDS))}`;
}

function summary(report: AnalysisReport): string {
  const { counts } = report;
  const failing = report.scenarios.filter((s) => s.findings.some((f) => f.severity === 'error')).length;
  const tally = `${plural(counts.scenarios, 'scenario')}, ${failing} with errors: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}.`;
  return report.ok ? `${tally} OK (warnings and notes do not fail the check).` : `${tally} FAILED: fix the errors above.`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
}
