import type { AuthoringError } from '../narrative/authoring-error';
import { presenceKey } from '../narrative/presence';
import { ENDLESS_STEP, StoryRunner, type Step } from '../narrative/story-runner';
import { CountLiveness } from './count-liveness';
import { ExplorationStack } from './exploration-stack';
import type { InkJson } from './ink-json';
import type { InkStructure } from './ink-structure';
import type { DecisionNode, EndNode, StateGraph, StateNode, StopKind } from './state-graph';
import { StateIdentity } from './state-identity';

interface ExploreOptions {
  /** ink's random seed, as a session records it; shuffles and RANDOM are explored for this seed only. */
  seed: number;
  /** Stop (with `complete` false) rather than explore more distinct states than this. */
  maxStates: number;
  /** Told the number of distinct states found so far, every PROGRESS_EVERY states. */
  onProgress?: (states: number) => void;
  /** Which frames keep their snapshots (ExplorationStack); the defaults suit every story, tests use small ones. */
  keepSnapshots?: { recent: number; every: number };
}

/** How often onProgress hears: often enough for a line updated a few times a second, rarely enough to cost nothing. */
export const PROGRESS_EVERY = 250;

/** A problem the story ran into, once per message and choice, with the path that first led to it. */
interface ProblemSighting {
  problem: AuthoringError;
  /** The decision and choice index it followed, or null when it came before the first decision. */
  after: { from: number; index: number } | null;
}

export interface Exploration {
  /** False when the state limit stopped it: then the graph holds what was found, and choices not followed lead to -1. */
  complete: boolean;
  graph: StateGraph;
  /** ink paths of the knots, stitches and functions the story entered on some path. */
  entered: Set<string>;
  problems: ProblemSighting[];
  /** EXTERNAL functions explored with a stand-in returning 0, because the story has no ink fallback. */
  standIns: readonly string[];
  /** Shuffles whose later rounds were taken to repeat (see StateIdentity). */
  foldedShuffles: string[];
  choiceCount: number;
  /** The top-of-file tags, for the tag lint. */
  globalTags: readonly string[];
}

// Thrown from deep inside a step when the limit is reached, and caught where exploring stops.
class StateLimitReached extends Error {}

/**
 * Explores a story's state space by trying every choice from every reachable state, depth first.
 * States the story cannot tell apart (StateIdentity) are explored once, so the cost grows with the
 * number of distinct states, not the number of paths through them.
 */
export function exploreStates(scenarioId: string, compiledJson: string, ink: InkJson, structure: InkStructure, options: ExploreOptions): Exploration {
  return new Explorer(scenarioId, compiledJson, ink, structure, options).run();
}

class Explorer {
  private readonly nodes: StateNode[] = [];
  private readonly ids = new Map<string, number>();
  /** States being explored, deepest last: each with the next of its choices to follow. */
  private readonly stack: ExplorationStack;
  /** Set while choices already explored are taken again to come back to a state (ExplorationStack). */
  private replaying = false;
  /** One copy of each text: a deep exploration reaches the same lines and options many thousands of times. */
  private readonly texts = new Map<string, string>();
  /** The state the runner is in, untouched, if any: following its first choice needs no restore. */
  private runnerAt = -1;
  private readonly identity: StateIdentity;
  private readonly runner: StoryRunner;
  private readonly passages: Set<string>;
  private readonly entered = new Set<string>();
  private readonly problems: ProblemSighting[] = [];
  private readonly problemMessages = new Set<string>();
  /** What happened on the choice being followed now. */
  private edge = { after: null as ProblemSighting['after'], choiceText: '', lastPassage: '', stopProblem: null as string | null, first: null as FirstLine | null };
  private choiceCount = 0;

  constructor(scenarioId: string, compiledJson: string, ink: InkJson, structure: InkStructure, private readonly options: ExploreOptions) {
    this.identity = new StateIdentity(structure, new CountLiveness(ink));
    this.stack = new ExplorationStack(options.keepSnapshots?.recent, options.keepSnapshots?.every);
    this.passages = new Set(structure.passages.map((p) => p.path));
    this.runner = new StoryRunner(scenarioId, compiledJson, options.seed, {
      onProblem: (problem) => this.onProblem(problem),
      onEnter: (path) => this.onEnter(path),
      standInExternals: true,
    });
  }

  run(): Exploration {
    let start = 0;
    let complete = true;
    try {
      start = this.follow(() => this.runner.next(), 'the opening');
      this.explore();
    } catch (error) {
      if (!(error instanceof StateLimitReached)) throw error;
      complete = false;
    }
    return {
      complete,
      graph: { nodes: this.nodes, start },
      entered: this.entered,
      problems: this.problems,
      standIns: this.runner.standIns,
      foldedShuffles: [...this.identity.foldedShuffles].sort(),
      choiceCount: this.choiceCount,
      globalTags: this.runner.globalTags,
    };
  }

  private explore(): void {
    for (let frame = this.stack.top(); frame; frame = this.stack.top()) {
      const node = this.nodes[frame.id] as DecisionNode;
      const choice = node.choices[frame.next++];
      if (!choice) {
        this.stack.pop();
        continue;
      }
      if (this.runnerAt !== frame.id) this.comeBack();
      this.runnerAt = -1;
      this.edge = { after: { from: frame.id, index: choice.index }, choiceText: choice.text, lastPassage: '', stopProblem: null, first: null };
      choice.to = this.follow(() => {
        this.runner.choose(choice.index);
        return this.runner.next();
      }, node.location);
      if (this.edge.first) {
        choice.nextLine = this.edge.first.text;
        choice.nextSpeaker = this.edge.first.speaker;
      }
      this.choiceCount++;
    }
  }

  /** Puts the runner back at the state on top of the stack, ready to take its next choice. */
  private comeBack(): void {
    const { snapshot, replay } = this.stack.wayBack();
    this.runner.restore(snapshot);
    if (replay.length === 0) return;
    // What these steps meet was recorded the first time they were taken.
    this.replaying = true;
    try {
      for (const frame of replay) {
        this.runner.choose((this.nodes[frame.id] as DecisionNode).choices[frame.next - 1]!.index);
        this.runner.next();
      }
    } finally {
      this.replaying = false;
    }
  }

  private once(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /** Takes one step and returns the id of the state it arrives at, adding the state if it is new. */
  private follow(takeStep: () => Step, from: string): number {
    let step: Step;
    try {
      step = takeStep();
    } catch (error) {
      // inkjs throws some errors past onError (a bad save state, say); they end this path.
      return this.addEnd('error', null, from, '', error instanceof Error ? error.message : String(error));
    }
    const context = this.once(lastLine(step));
    this.edge.first = firstLine(step, (text) => this.once(text));
    if (step.choices.length === 0) {
      const stop = this.edge.stopProblem ? stopKindOf(this.edge.stopProblem) : (this.runner.stoppedAt ?? 'DONE');
      const where = this.edge.lastPassage ? `passage ${this.edge.lastPassage}` : from;
      return this.addEnd(stop, step.ending, where, context, this.edge.stopProblem);
    }
    // The live state gives the key without writing ink's state out; a state only the saved JSON can
    // describe is keyed from that (the prefixes keep the two kinds of key apart). What the runner
    // keeps beside ink counts too: the same moment with other people in the room is another state,
    // since an #enter or #leave further on may be right in one and wrong in the other.
    const extra = `${step.ending ?? ''}\u0000${presenceKey(this.runner.presence)}`;
    const live = this.identity.liveKey(this.runner.stateView(), extra);
    let taken = live === null ? this.runner.snapshot() : null;
    const key = taken ? `J${this.identity.identify(taken.inkState, extra).key}` : `L${live}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const choices = step.choices.map((choice) => ({ ...choice, text: this.once(choice.text), to: -1 }));
    const id = this.add(key, { id: this.nodes.length, kind: 'decision', location: this.runner.location, context, ask: step.ask, guide: step.guide, choices });
    // Depth first: the new state is explored next, from where the runner already is.
    this.stack.push(id, taken ?? this.runner.snapshot());
    this.runnerAt = id;
    return id;
  }

  private addEnd(stop: StopKind, ending: string | null, location: string, context: string, message: string | null): number {
    const key = ['end', stop, ending, location, message].join('\u0000');
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const node: EndNode = { id: this.nodes.length, kind: 'end', stop, ending, location, context, message };
    return this.add(key, node);
  }

  private add(key: string, node: StateNode): number {
    if (this.nodes.length >= this.options.maxStates) throw new StateLimitReached();
    this.nodes.push(node);
    this.ids.set(key, node.id);
    if (this.nodes.length % PROGRESS_EVERY === 0) this.options.onProgress?.(this.nodes.length);
    return node.id;
  }

  private onProblem(problem: AuthoringError): void {
    if (this.replaying) return;
    if (isRuntimeError(problem.detail)) this.edge.stopProblem = problem.detail;
    // Once per message and choice: a mistake after two different choices is two mistakes to fix.
    const key = `${problem.message}\u0000${this.edge.choiceText}`;
    if (this.problemMessages.has(key)) return;
    this.problemMessages.add(key);
    this.problems.push({ problem, after: this.edge.after });
  }

  private onEnter(path: string): void {
    if (this.replaying || !this.passages.has(path)) return;
    this.entered.add(path);
    this.edge.lastPassage = path;
  }
}

// Only errors stop the story; the runner reports ink's warnings as "ink runtime warning".
function isRuntimeError(detail: string): boolean {
  return detail.startsWith('ink runtime error') || detail.startsWith(ENDLESS_STEP);
}

// inkjs's words for a flow that stops with nothing on offer and no END or DONE.
function stopKindOf(detail: string): StopKind {
  return /ran out of content|reached end of content/.test(detail) ? 'dead-end' : 'error';
}

interface FirstLine {
  text: string;
  speaker: string | null;
}

function firstLine(step: Step, once: (text: string) => string): FirstLine | null {
  const passage = step.passages.find((p) => p.text);
  return passage ? { text: once(passage.text), speaker: passage.speaker ? once(passage.speaker.name) : null } : null;
}

function lastLine(step: Step): string {
  for (let i = step.passages.length - 1; i >= 0; i--) {
    const text = step.passages[i]!.text;
    if (text) return text;
  }
  return '';
}
