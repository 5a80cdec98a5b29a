import { isObject, type InkContainer, type InkJson } from './ink-json';

/**
 * The shape of a compiled story, read from ink's runtime JSON (inkVersion 21) without running it:
 * its knots, stitches and functions, and how it reads the visit and turn counts ink keeps, which
 * tells the state identity which differences between two states the story could ever notice.
 */

type PassageKind = 'knot' | 'stitch' | 'function';

interface NamedPassage {
  /** ink's path: "knot" or "knot.stitch". */
  path: string;
  kind: PassageKind;
}

/** How a sequence (`{a|b}`, `{&a|b}`, `{~a|b}`…) reads the count of its own container. */
export type SequenceCount =
  /** Once-only and stopping sequences (and their shuffled forms) stop changing at `cap` visits. */
  | { kind: 'capped'; cap: number }
  /** Cycles repeat every `period` visits. */
  | { kind: 'cycle'; period: number }
  /** Plain shuffles draw a new order every `length` visits, for ever. */
  | { kind: 'shuffle'; length: number }
  /** A sequence compiled in a way this reader does not know: keep its count exactly. */
  | { kind: 'exact' };

export interface InkStructure {
  passages: NamedPassage[];
  /** Sequence containers by ink path. */
  sequences: Map<string, SequenceCount>;
  /**
   * Visit counts and turns-since values at or above this are indistinguishable to the story: it is one
   * more than the largest number any expression that reads a count compares it with (at least 1).
   */
  countCeiling: number;
  /** The story calls RANDOM or LIST_RANDOM, so where the random sequence has got to is part of the state. */
  usesRandom: boolean;
  /** The story shuffles (`{~a|b}`), which also depends on the seed. */
  usesShuffle: boolean;
  /** The story reads TURNS(), the number of choices made so far. */
  usesTurnIndex: boolean;
  /** Names of EXTERNAL functions the story calls. */
  externals: string[];
}

const COUNT_READS = new Set(['readc', 'turns', 'turn']);

export function readInkStructure(ink: InkJson): InkStructure {
  const structure: InkStructure = {
    passages: [],
    sequences: new Map(),
    countCeiling: 1,
    usesRandom: false,
    usesShuffle: false,
    usesTurnIndex: false,
    externals: [],
  };
  const calledFunctions = new Set<string>();
  for (const container of ink.containers.values()) {
    readSequence(container, structure.sequences);
    readEvaluations(container.items, structure);
    readCalls(container.items, calledFunctions, structure.externals);
  }
  structure.passages = namedPassages(ink.root, calledFunctions, new Set(structure.externals));
  structure.externals = [...new Set(structure.externals)].sort();
  return structure;
}

// A sequence container starts "ev", "visit", N, op: ink reads its own count and limits it with op.
function readSequence({ path, items }: InkContainer, sequences: Map<string, SequenceCount>): void {
  if (items[0] !== 'ev' || items[1] !== 'visit') return;
  const n = items[2];
  const op = items[3];
  if (typeof n !== 'number') sequences.set(path, { kind: 'exact' });
  // "visit" gives the count less one, so MIN(count - 1, n) stops changing at count n + 1.
  else if (op === 'MIN') sequences.set(path, { kind: 'capped', cap: n + 1 });
  else if (op === '%') sequences.set(path, { kind: 'cycle', period: n });
  else if (op === 'seq') sequences.set(path, { kind: 'shuffle', length: n });
  else sequences.set(path, { kind: 'exact' });
}

// Numbers written in an evaluation that reads a visit or turn count bound what the story can tell apart.
function readEvaluations(items: unknown[], structure: InkStructure): void {
  let inEvaluation = false;
  let readsCount = false;
  let largest = 0;
  for (const item of items) {
    if (item === 'ev') [inEvaluation, readsCount, largest] = [true, false, 0];
    else if (item === '/ev') {
      if (readsCount) structure.countCeiling = Math.max(structure.countCeiling, largest + 1);
      inEvaluation = false;
    } else if (item === 'rnd' || item === 'lrnd') structure.usesRandom = true; // LIST_RANDOM draws from the same sequence
    if (item === 'turn') structure.usesTurnIndex = true;
    if (item === 'seq') structure.usesShuffle = true;
    if (!inEvaluation) continue;
    if (typeof item === 'number') largest = Math.max(largest, Math.ceil(Math.abs(item)));
    else if (typeof item === 'string' && COUNT_READS.has(item)) readsCount = true;
    else if (isObject(item) && 'CNT?' in item) readsCount = true;
  }
}

function readCalls(items: unknown[], functions: Set<string>, externals: string[]): void {
  for (const item of items) {
    if (!isObject(item)) continue;
    if (typeof item['f()'] === 'string') functions.add(item['f()']);
    if (typeof item['x()'] === 'string') externals.push(item['x()']);
  }
}

// Knots are the root's named-only containers, stitches a knot's; a knot that is called is a function.
function namedPassages(root: InkContainer, functions: Set<string>, externals: Set<string>): NamedPassage[] {
  const passages: NamedPassage[] = [];
  for (const [name, knot] of root.named) {
    if (knot.indexInParent !== -1 || name === 'global decl') continue;
    const isFunction = functions.has(name) || externals.has(name);
    passages.push({ path: name, kind: isFunction ? 'function' : 'knot' });
    for (const [stitch, child] of knot.named) {
      if (child.indexInParent === -1) passages.push({ path: `${name}.${stitch}`, kind: 'stitch' });
    }
  }
  return passages;
}
