import { AuthoringError } from '../narrative/authoring-error';
import { lintScenarioTags } from '../narrative/tag-lint';
import { collectFindings, finding, sortFindings, type Finding } from './findings';
import { InkJson } from './ink-json';
import { readInkStructure } from './ink-structure';
import { scoreBounds, type ScoreBounds } from './score-bounds';
import { shortestPaths, type ShortestPaths, type StateGraph, type StopKind } from './state-graph';
import { exploreStates } from './state-space';

/**
 * The seed the analysis plays with. Shuffles and RANDOM depend on the seed, so the analysis shows
 * exactly what a session recorded with this seed would meet; sessions with other seeds may shuffle
 * differently (a known limit, which matters only where randomness changes choices or scores).
 */
export const ANALYSIS_SEED = 1;
export const DEFAULT_MAX_STATES = 200_000;

export interface AnalysisOptions {
  seed?: number;
  maxStates?: number;
  /** Told how many distinct states have been found, a few hundred at a time, while exploring. */
  onProgress?: (states: number) => void;
}

interface EndingSummary {
  stop: StopKind;
  /** The `#ending` id, or null for an ending the author did not name. */
  ending: string | null;
  /** How many distinct end states stop this way. */
  states: number;
  /** One shortest path of choice indices that gets there. */
  path: number[];
}

interface AnalysisStats {
  /** Distinct states: decisions plus distinct ways of stopping. */
  states: number;
  decisions: number;
  /** Choices followed: one per option at each distinct decision. */
  choices: number;
  elapsedMs: number;
}

export interface ScenarioAnalysis {
  scenarioId: string;
  seed: number;
  maxStates: number;
  /** False when the story could not be explored to the end (compile error, state limit…). */
  complete: boolean;
  /** What was explored, also when the state limit stopped it; all 0 when the story could not be run. */
  stats: AnalysisStats;
  /** The endings found; when not complete, those found before stopping. */
  endings: EndingSummary[];
  bounds: ScoreBounds | null;
  findings: Finding[];
  /** The state graph, for the scenario map; null when the story was not fully explored. */
  graph: StateGraph | null;
}

/** Analyses one compiled scenario: explores it, then reports what it found. Runs in Node and the browser. */
export function analyseScenario(scenarioId: string, compiledJson: string, options: AnalysisOptions = {}): ScenarioAnalysis {
  const seed = options.seed ?? ANALYSIS_SEED;
  const maxStates = options.maxStates ?? DEFAULT_MAX_STATES;
  const startedAt = performance.now();
  const stopped = (findings: Finding[]) => failedAnalysis(scenarioId, findings, { seed, maxStates, elapsedMs: performance.now() - startedAt });
  let ink, structure;
  try {
    ink = new InkJson(compiledJson);
    structure = readInkStructure(ink);
  } catch (error) {
    return stopped([finding('not-a-story', 'the file', `not a compiled ink story: ${messageOf(error)}`)]);
  }
  let exploration;
  try {
    exploration = exploreStates(scenarioId, compiledJson, ink, structure, { seed, maxStates, onProgress: options.onProgress });
  } catch (error) {
    return stopped([finding('runtime-error', 'the whole story', `ink could not run the story: ${messageOf(error)}`)]);
  }
  const { graph, complete } = exploration;
  const paths = shortestPaths(graph);
  const bounds = complete ? scoreBounds(graph) : null;
  const lint = lintWithoutThrowing(scenarioId, compiledJson, exploration.globalTags);
  const decisions = graph.nodes.filter((n) => n.kind === 'decision').length;
  const stats = { states: graph.nodes.length, decisions, choices: exploration.choiceCount, elapsedMs: performance.now() - startedAt };
  const findings = collectFindings({ exploration, structure, lint, bounds, paths, seed });
  return {
    scenarioId,
    seed,
    maxStates,
    complete,
    stats,
    endings: summariseEndings(graph, paths),
    bounds,
    findings: complete ? findings : sortFindings([finding('state-limit', 'the whole story', limitMessage(maxStates)), ...findings]),
    // The map needs every state; a part would mislead.
    graph: complete ? graph : null,
  };
}

// What the limit means and what still holds: every finding that needs only what was seen is kept.
function limitMessage(limit: number): string {
  return (
    `the story has more than ${limit.toLocaleString('en-GB')} distinct states (the limit), so it was not fully explored. ` +
    'Look for a loop that keeps changing a variable (a counter with no upper bound), or raise the limit with --max-states. ' +
    'The other findings come from the part explored; knots never reached, loops with no way out and score ranges need the whole story.'
  );
}

export function failedAnalysis(
  scenarioId: string,
  findings: Finding[],
  settings: { seed?: number; maxStates?: number; elapsedMs?: number } = {},
): ScenarioAnalysis {
  return {
    scenarioId,
    seed: settings.seed ?? ANALYSIS_SEED,
    maxStates: settings.maxStates ?? DEFAULT_MAX_STATES,
    complete: false,
    stats: { states: 0, decisions: 0, choices: 0, elapsedMs: settings.elapsedMs ?? 0 },
    endings: [],
    bounds: null,
    findings,
    graph: null,
  };
}

function summariseEndings(graph: StateGraph, paths: ShortestPaths): EndingSummary[] {
  const endings = new Map<string, { stop: StopKind; ending: string | null; states: number; nearest: number }>();
  for (const node of graph.nodes) {
    if (node.kind !== 'end') continue;
    const key = `${node.stop} ${node.ending ?? ''}`;
    const known = endings.get(key);
    if (!known) endings.set(key, { stop: node.stop, ending: node.ending, states: 1, nearest: node.id });
    else {
      known.states++;
      if (paths.length(node.id) < paths.length(known.nearest)) known.nearest = node.id;
    }
  }
  const summaries = [...endings.values()].map(({ nearest, ...rest }) => ({ ...rest, path: paths.to(nearest) ?? [] }));
  // In reading order: by the choices that reach them, first options first.
  return summaries.sort((a, b) => comparePaths(a.path, b.path));
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function lintWithoutThrowing(scenarioId: string, compiledJson: string, globalTags: readonly string[]): AuthoringError[] {
  try {
    return lintScenarioTags(scenarioId, compiledJson, globalTags);
  } catch (error) {
    return [new AuthoringError(scenarioId, 'the file', `tags could not be checked: ${messageOf(error)}`)];
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
