import type { AuthoringError } from '../narrative/authoring-error';
import { ENDLESS_STEP } from '../narrative/story-runner';
import { AXES, AXIS_LABELS } from '../core/axes';
import type { InkStructure } from './ink-structure';
import type { ScoreBounds } from './score-bounds';
import type { Exploration } from './state-space';
import type { DecisionNode, EndNode, ShortestPaths, StateGraph } from './state-graph';
import { rubricIssues, type RubricCode } from './rubric';
import { stronglyConnected } from './strongly-connected';

/** Errors fail `npm run check:stories`; warnings are worth a look; notes say how the analysis was done. */
export type Severity = 'error' | 'warning' | 'note';

export const FINDING_SEVERITY = {
  'compile-error': 'error',
  'not-a-story': 'error',
  'tag': 'error',
  'state-limit': 'error',
  'dead-end': 'error',
  'runtime-error': 'error',
  'trapped-loop': 'error',
  'unscored-choice': 'error',
  'external-without-fallback': 'error',
  'missing-asset': 'error',
  'compile-warning': 'warning',
  'missing-reason': 'warning',
  'nothing-to-learn': 'warning',
  'unreachable': 'warning',
  'unbounded-score': 'warning',
  'ask-without-guide': 'warning',
  'ending-without-title': 'warning',
  'ending-without-summary': 'warning',
  'title-without-ending': 'error',
  'rubric-warm-breach': 'warning',
  'rubric-breach-as-challenge': 'warning',
  'rubric-harsh-challenge': 'warning',
  'rubric-breach-pays': 'warning',
  'rubric-exception-unneeded': 'warning',
  'runtime-warning': 'warning',
  'rubric-exception': 'note',
  'shuffle-approximated': 'note',
  'seed-specific': 'note',
} as const satisfies Record<string, Severity> & Record<RubricCode, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;

/**
 * The errors the game itself would stop on: `npm run build` fails on these (as does check:stories,
 * with every other error). A tag the game cannot read, an ink runtime error, a step that loops with
 * no choice, a flow that runs out of content, an EXTERNAL with no fallback.
 */
const GAME_STOPPERS: ReadonlySet<FindingCode> = new Set<FindingCode>(['compile-error', 'not-a-story', 'tag', 'runtime-error', 'dead-end', 'external-without-fallback']);

export function stopsTheGame(f: Finding): boolean {
  return GAME_STOPPERS.has(f.code);
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Where in the scenario: "passage knot.stitch", "top of file", "line 12"… */
  where: string;
  message: string;
  /** Choice indices from the start that show it, when one path does. */
  path: number[] | null;
  /** The nearest line of the .ink file to look at, when the file is at hand (check-stories.ts adds it). */
  line?: number;
}

export function finding(code: FindingCode, where: string, message: string, path: number[] | null = null): Finding {
  return { code, severity: FINDING_SEVERITY[code], where, message, path };
}

interface FindingInput {
  exploration: Exploration;
  structure: InkStructure;
  /** Tag problems the static lint found anywhere in the file, reached or not. */
  lint: readonly AuthoringError[];
  bounds: ScoreBounds | null;
  /** A shortest path to each node. */
  paths: ShortestPaths;
  seed: number;
}

/**
 * Everything worth telling an author about a scenario, errors first. When the state limit stopped
 * the exploration, only what the part explored proves: a dead end found is a dead end, but a knot
 * not reached may be reached later, and a loop may have a way out that was never followed.
 */
export function collectFindings(input: FindingInput): Finding[] {
  const whole = input.exploration.complete;
  const found = [
    ...tagFindings(input),
    ...stopFindings(input),
    ...(whole ? trappedLoops(input) : []),
    ...choiceFindings(input),
    ...rubricIssues(input.exploration.graph, input.paths).map((i) => finding(i.code, i.where, i.message, i.path)),
    ...(whole ? unreachablePassages(input) : []),
    ...unboundedScores(input),
    ...input.exploration.standIns.map((name) =>
      finding('external-without-fallback', `EXTERNAL ${name}`, `EXTERNAL ${name}() has no ink fallback function, so the game cannot run this scenario; write "=== function ${name}(…) ===" in ink. Analysed with a stand-in that returns 0.`),
    ),
    ...randomness(input),
    ...endingWords(input),
    ...input.exploration.foldedShuffles.map((path) =>
      finding('shuffle-approximated', `sequence ${path}`, 'a shuffle is visited for more than two rounds; the analysis takes later rounds to repeat the second (ink draws a new order each round)'),
    ),
  ];
  return sortFindings(found);
}

/** Errors first, then warnings, then notes; in the order found within each. */
export function sortFindings(findings: Finding[]): Finding[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, note: 2 };
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

// The static lint sees every tag; playing adds what it cannot see, such as a score tag after a
// choice's brackets, or a tag built from a variable. A problem the lint already named is said once.
function tagFindings({ lint, exploration, paths }: FindingInput): Finding[] {
  const found = lint.map((p) => finding('tag', p.location, p.detail));
  const seenByLint = (problem: AuthoringError) => lint.some((l) => l.detail === problem.detail);
  for (const { problem, after } of exploration.problems) {
    const path = after ? [...(paths.to(after.from) ?? []), after.index] : [];
    if (problem.detail.startsWith('ink runtime warning')) found.push(finding('runtime-warning', problem.location, problem.detail, path));
    else if (!problem.detail.startsWith('ink runtime error') && !problem.detail.startsWith(ENDLESS_STEP) && !seenByLint(problem)) found.push(finding('tag', problem.location, problem.detail, path));
  }
  return found;
}

function stopFindings({ exploration, paths }: FindingInput): Finding[] {
  const ends = exploration.graph.nodes.filter((n): n is EndNode => n.kind === 'end');
  return ends.flatMap((end) => {
    const path = paths.to(end.id);
    if (end.stop === 'dead-end') {
      const last = end.context ? ` after "${end.context.slice(0, 60)}"` : '';
      return [finding('dead-end', end.location, `the story stops with no choice to make and no END or DONE${last}: add a choice or a divert`, path)];
    }
    if (end.stop === 'error') return [finding('runtime-error', end.location, end.message ?? 'ink stopped with an error', path)];
    return [];
  });
}

/** States from which no path ever stops, grouped by the loop they end up in. */
function trappedLoops({ exploration, paths }: FindingInput): Finding[] {
  const graph = exploration.graph;
  const escapes = statesThatCanStop(graph);
  const found = new Map<string, Finding>();
  for (const component of stronglyConnected(graph)) {
    if (component.every((id) => escapes[id]) || !component.some((id) => paths.reaches(id))) continue;
    if (!isClosedLoop(graph, component)) continue;
    const places = [...new Set(component.map((id) => graph.nodes[id]!.location))].sort();
    const key = places.join(', ');
    if (found.has(key)) continue;
    const entry = component.reduce((a, b) => (paths.length(a) <= paths.length(b) ? a : b));
    found.set(key, finding('trapped-loop', key, 'a loop with no way out: once here, every choice leads back and the story never ends', paths.to(entry)));
  }
  return [...found.values()];
}

function statesThatCanStop(graph: StateGraph): Uint8Array {
  const predecessors: number[][] = graph.nodes.map(() => []);
  for (const node of graph.nodes) if (node.kind === 'decision') for (const c of node.choices) predecessors[c.to]?.push(node.id);
  const can = new Uint8Array(graph.nodes.length);
  const queue = graph.nodes.filter((n) => n.kind === 'end').map((n) => n.id);
  for (const id of queue) can[id] = 1;
  for (let head = 0; head < queue.length; head++) {
    for (const p of predecessors[queue[head]!]!) {
      if (!can[p]) {
        can[p] = 1;
        queue.push(p);
      }
    }
  }
  return can;
}

// A loop is a trap only where it is a closed set: every choice stays inside it.
function isClosedLoop(graph: StateGraph, component: number[]): boolean {
  const inside = new Set(component);
  return component.every((id) => {
    const node = graph.nodes[id]!;
    return node.kind === 'decision' && node.choices.every((c) => inside.has(c.to));
  });
}

/** Unscored choices, choices with no reason and decisions with nothing to learn, once per passage and text. */
function choiceFindings({ exploration, paths }: FindingInput): Finding[] {
  const found = new Map<string, Finding>();
  // Made only for the first of a kind: a path is built each time, and a deep story has long ones.
  const add = (key: string, f: () => Finding) => found.has(key) || found.set(key, f());
  for (const node of exploration.graph.nodes) {
    if (node.kind !== 'decision' || !paths.reaches(node.id)) continue;
    const path = () => paths.to(node.id)!;
    for (const c of node.choices) {
      const label = `"${c.text.slice(0, 60)}"`;
      if (!c.scores) add(`score ${node.location} ${c.text}`, () => finding('unscored-choice', node.location, `choice ${label} has no #score tag`, [...path(), c.index]));
      if (!c.reason) add(`reason ${node.location} ${c.text}`, () => finding('missing-reason', node.location, `choice ${label} has no #reason tag`, [...path(), c.index]));
    }
    if (node.ask && (!node.guide?.model || node.guide.lookFor.length === 0)) {
      const missing = [!node.guide?.model && 'no #model answer', !node.guide?.lookFor.length && 'no #look-for points'].filter(Boolean).join(' and ');
      add(`guide ${node.location} ${node.ask}`, () => finding('ask-without-guide', node.location, `the #ask "${node.ask!.slice(0, 60)}" has ${missing}, so nobody has anything to compare an answer with`, path()));
    }
    if (scoresAllAlike(node)) {
      const texts = node.choices.map((c) => `"${c.text.slice(0, 40)}"`).join(', ');
      add(`same ${node.location} ${texts}`, () => finding('nothing-to-learn', node.location, `every option scores the same on every axis (${texts}), so the decision teaches nothing`, path()));
    }
  }
  return [...found.values()];
}

function scoresAllAlike(node: DecisionNode): boolean {
  const [first, ...rest] = node.choices;
  if (!first?.scores || rest.length === 0) return false;
  return rest.every((c) => c.scores !== null && AXES.every((axis) => c.scores![axis] === first.scores![axis]));
}

function unreachablePassages({ structure, exploration }: FindingInput): Finding[] {
  return structure.passages
    .filter((p) => !exploration.entered.has(p.path))
    .map((p) => finding('unreachable', `${p.kind} ${p.path}`, `${p.kind} ${p.path} is never reached on any path`));
}

function randomness({ structure, seed }: FindingInput): Finding[] {
  if (!structure.usesRandom && !structure.usesShuffle) return [];
  const uses = [structure.usesRandom && 'RANDOM', structure.usesShuffle && 'shuffles'].filter(Boolean).join(' and ');
  return [finding('seed-specific', 'the whole story', `the story uses ${uses}; this analysis follows random seed ${seed}, as a session with that seed would, and sessions with other seeds may meet other text, passages or scores`)];
}

function unboundedScores({ bounds }: FindingInput): Finding[] {
  if (!bounds) return [];
  return AXES.flatMap((axis) => {
    const { max, min } = bounds.axes[axis];
    return [max, min].flatMap((extreme, i) =>
      extreme.value === 'unbounded'
        ? [finding('unbounded-score', extreme.loop.join(', '), `${AXIS_LABELS[axis]} has no ${i === 0 ? 'upper' : 'lower'} limit: a loop here can be repeated to ${i === 0 ? 'gain' : 'lose'} points each time`, extreme.path)]
        : [],
    );
  });
}

// The debrief and My progress name an ending by its `# ending-title:` and explain it with its
// `# ending-summary:`. An ending without them still plays (its id is shown in words), so a missing
// one is a warning, as a missing #model is: a shipped scenario should have none. A title for an
// ending the story never reaches is a typo, so that one is an error.
function endingWords({ exploration }: FindingInput): Finding[] {
  const named = (kind: string) =>
    new Set(
      exploration.globalTags.flatMap((tag) => {
        const match = new RegExp(`^\\s*${kind}\\s*:\\s*([^=]+)=`, 'i').exec(tag);
        return match ? [match[1]!.trim()] : [];
      }),
    );
  const [titled, summarised] = [named('ending-title'), named('ending-summary')];
  const reached = new Set(exploration.graph.nodes.flatMap((n) => (n.kind === 'end' && n.ending ? [n.ending] : [])));
  return [
    ...[...reached].filter((id) => !titled.has(id)).map((id) =>
      finding('ending-without-title', `#ending: ${id}`, `the ending "${id}" has no "# ending-title: ${id} = …" at the top, so the debrief and My progress show its id in words`),
    ),
    ...[...reached].filter((id) => titled.has(id) && !summarised.has(id)).map((id) =>
      finding('ending-without-summary', `#ending: ${id}`, `the ending "${id}" has no "# ending-summary: ${id} = …" at the top, so the debrief says nothing about what it means`),
    ),
    ...[...titled].filter((id) => exploration.complete && !reached.has(id)).map((id) =>
      finding('title-without-ending', 'top of file', `"# ending-title: ${id}" names an ending the story never reaches: check the spelling against its #ending tags`),
    ),
  ];
}
