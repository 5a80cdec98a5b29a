import { formatScore, type AxisScores } from '../core/axes';
import type { DecisionNode, GraphChoice, ShortestPaths, StateGraph } from './state-graph';

export type RubricCode =
  | 'rubric-warm-breach'
  | 'rubric-breach-as-challenge'
  | 'rubric-harsh-challenge'
  | 'rubric-breach-pays'
  | 'rubric-exception'
  | 'rubric-exception-unneeded';

/** One thing the rubric check has to say; findings.ts gives it its severity. */
export interface RubricIssue {
  code: RubricCode;
  where: string;
  message: string;
  path: number[];
}

function issue(code: RubricCode, where: string, message: string, path: number[]): RubricIssue {
  return { code, where, message, path };
}

/**
 * The parts of the scoring rubric (stories/README.md, "How choices are scored") that can be read
 * from the scores alone. Each is a pattern the rubric rules out; an author who means it anyway marks
 * the choice `#rubric-exception: <why>`, and the report lists that reason instead of a warning.
 */
interface OptionRule {
  code: Extract<RubricCode, 'rubric-warm-breach' | 'rubric-breach-as-challenge' | 'rubric-harsh-challenge'>;
  breaks(scores: AxisScores): boolean;
  message(scores: AxisScores): string;
}

const OPTION_RULES: readonly OptionRule[] = [
  {
    code: 'rubric-warm-breach',
    breaks: (s) => s.compliance === -2 && s.communication > 0,
    message: (s) => `a serious breach (compliance −2) earns communication ${formatScore(s.communication)}: warmth that serves a breach is not good communication, so score it 0 or below`,
  },
  {
    code: 'rubric-breach-as-challenge',
    breaks: (s) => s.compliance === -2 && s.challenge > 0,
    message: (s) => `a serious breach (compliance −2) earns challenge ${formatScore(s.challenge)}: challenge that breaks the rules is not constructive, so score it 0 or below`,
  },
  {
    code: 'rubric-harsh-challenge',
    breaks: (s) => s.communication === -2 && s.challenge > 0,
    message: (s) => `challenge ${formatScore(s.challenge)} with communication −2: challenge that humiliates or shuts the other side out is not constructive, so score it 0 or below`,
  },
];

const HOW_TO_EXCUSE = 'or, if you mean it, add #rubric-exception: <why> to the choice';

/** Every place the scenario's scores break the rubric, and every exception an author claimed, once per passage and option. */
export function rubricIssues(graph: StateGraph, paths: ShortestPaths): RubricIssue[] {
  const found = new Map<string, RubricIssue>();
  for (const node of graph.nodes) {
    if (node.kind !== 'decision' || !paths.reaches(node.id)) continue;
    for (const choice of node.choices) {
      const key = `${node.location} ${choice.text}`;
      if (found.has(key) || !choice.scores) continue;
      const f = judgeOption(node, choice, choice.scores, () => [...paths.to(node.id)!, choice.index]);
      if (f.length > 0) found.set(key, f[0]!);
      for (const [i, extra] of f.slice(1).entries()) found.set(`${key} ${i}`, extra);
    }
  }
  return [...found.values()];
}

// The path is built only for an issue: most options break no rule.
function judgeOption(node: DecisionNode, choice: GraphChoice, scores: AxisScores, pathTo: () => number[]): RubricIssue[] {
  const label = `choice "${choice.text.slice(0, 60)}"`;
  const broken = OPTION_RULES.filter((rule) => rule.breaks(scores));
  const pays = breachPays(node, choice, scores);
  const exception = choice.rubricException;
  if (exception === undefined && broken.length === 0 && !pays) return [];
  const path = pathTo();
  if (exception !== undefined) {
    if (broken.length === 0 && !pays) {
      return [issue('rubric-exception-unneeded', node.location, `${label} is marked #rubric-exception but breaks no rule of the rubric: remove the tag`, path)];
    }
    const rules = [...broken.map((r) => r.code), ...(pays ? ['rubric-breach-pays'] : [])].join(', ');
    return [issue('rubric-exception', node.location, `${label} scores against the rubric on purpose (${rules}): ${exception}`, path)];
  }
  const found = broken.map((rule) => issue(rule.code, node.location, `${label}: ${rule.message(scores)}, ${HOW_TO_EXCUSE}`, path));
  if (pays) {
    found.push(issue('rubric-breach-pays', node.location, `${label} is a serious breach (compliance −2) yet scores at least as much in total as every other option here, so the decision teaches that the breach pays; ${HOW_TO_EXCUSE}`, path));
  }
  return found;
}

// A breach that totals no less than every alternative makes breaking the rule the "best" answer.
function breachPays(node: DecisionNode, choice: GraphChoice, scores: AxisScores): boolean {
  if (scores.compliance !== -2) return false;
  const others = node.choices.filter((c) => c !== choice && c.scores);
  return others.length > 0 && others.every((c) => total(c.scores!) <= total(scores));
}

function total(s: AxisScores): number {
  return s.compliance + s.communication + s.challenge;
}
