import { assertNever } from '../core/assert-never';
import type { InkStateView } from '../narrative/ink-state-view';
import type { CountLiveness, Place } from './count-liveness';
import type { InkStructure, SequenceCount } from './ink-structure';
import { liveStateText, type KeyRules } from './live-state-key';

/**
 * When are two moments in a story the same state? When ink's saved state is the same in everything
 * the story can go on to notice: variables, the call stack and threads, the choices on offer, and
 * visit and turn counts as far as the story reads them. Left out, so that paths which meet again
 * count once:
 *
 * - the text already shown (ink clears it before the next line, so it cannot change what follows);
 * - visit and turn counts that nothing the state can still reach reads (see CountLiveness);
 * - thread numbers, which only match choices to their threads: they are renumbered in order;
 * - the absolute turn number, unless the story reads TURNS(); turns since a knot are kept relative;
 * - where RANDOM has got to, unless the story calls RANDOM;
 * - visit and turns-since counts past `countCeiling`, which the story cannot tell apart unless it does
 *   arithmetic on them (a known limit: `{hub * 2 > 9}` is compared after the cap);
 * - once-only and stopping sequences past their last element; cycles only by where in the cycle they are;
 * - plain shuffles past their second full round, which are taken to repeat their second round. This is
 *   an approximation (ink draws a new order every round); `foldedShuffles` names those it was used for.
 */
export class StateIdentity {
  readonly foldedShuffles = new Set<string>();
  private readonly rules: KeyRules;

  constructor(
    private readonly structure: InkStructure,
    private readonly liveness: CountLiveness,
  ) {
    const places = new Map<string, Place | null>();
    this.rules = {
      countCeiling: structure.countCeiling,
      usesRandom: structure.usesRandom,
      usesTurnIndex: structure.usesTurnIndex,
      slotOf: (path) => liveness.slotOf(path),
      liveFrom: (at) => liveness.liveFrom(at),
      place: (path) => {
        if (!places.has(path)) places.set(path, liveness.place(path));
        return places.get(path)!;
      },
      visitCount: (path, count) => this.visitCount(path, count),
    };
  }

  /**
   * The key of the state ink is in now, read from the live state (see live-state-key.ts); the same
   * states share a key as with identify(), at a fraction of the cost. Null when the live state holds
   * something only the saved JSON can describe: then call identify().
   */
  liveKey(state: InkStateView, extra = ''): string | null {
    const text = liveStateText(state, extra, this.rules);
    return text === null ? null : hash64(text);
  }

  /**
   * The key of a saved state (a 64-bit hash of its canonical form, with `extra` the runner keeps
   * outside ink). The reference for liveKey(), and what the analyzer uses when that cannot tell.
   */
  identify(inkStateJson: string, extra = ''): { key: string } {
    return { key: hash64(`${extra}\u0000${this.canonicalOf(this.withoutDeadCounts(inkStateJson))}`) };
  }

  /** The state with what the story cannot notice taken out, as JSON; for tests and debugging. */
  canonical(inkStateJson: string): string {
    return this.canonicalOf(this.withoutDeadCounts(inkStateJson));
  }

  // Dropping a count nothing can read again changes nothing the story does.
  private withoutDeadCounts(inkStateJson: string): SavedState {
    const state = JSON.parse(inkStateJson) as SavedState;
    const live = this.liveCounts(state);
    if (live) {
      state.visitCounts = sortedRecord(state.visitCounts ?? {}, (count) => count, live);
      state.turnIndices = sortedRecord(state.turnIndices ?? {}, (at) => at, live);
    }
    return state;
  }

  // Maps that ink writes in the order things happened (variables, counts, list items) get sorted keys.
  private canonicalOf(state: SavedState): string {
    const { countCeiling, usesRandom, usesTurnIndex } = this.structure;
    const turn = state.turnIdx ?? 0;
    return JSON.stringify({
      flow: state.currentFlowName ?? null,
      flows: sortedRecord(state.flows ?? {}, normaliseFlow),
      variables: sortedRecord(state.variablesState ?? {}, sortedList),
      evalStack: state.evalStack ?? [],
      divert: state.currentDivertTarget ?? null,
      visits: sortedRecord(state.visitCounts ?? {}, (count, path) => this.visitCount(path, count)),
      turnsSince: sortedRecord(state.turnIndices ?? {}, (at) => Math.min(turn - at, countCeiling)),
      turn: usesTurnIndex ? Math.min(turn, countCeiling) : null,
      random: usesRandom ? (state.previousRandom ?? 0) : null,
      seed: state.storySeed ?? 0,
    });
  }

  /** Counts the state can still read; null (all of them) if a place it can go on from is unknown. */
  private liveCounts(state: SavedState): ((path: string) => boolean) | null {
    const places: Place[] = [];
    for (const flow of Object.values(state.flows ?? {})) {
      for (const thread of [...flow.callstack.threads, ...Object.values(flow.choiceThreads ?? {})]) {
        for (const frame of thread.callstack) if (frame.cPath !== undefined) places.push({ path: frame.cPath, index: frame.idx ?? 0 });
      }
      for (const choice of flow.currentChoices ?? []) {
        const place = this.liveness.place(choice.targetPath);
        if (!place) return null;
        places.push(place);
      }
    }
    if (state.currentDivertTarget) {
      const place = this.liveness.place(state.currentDivertTarget);
      if (!place) return null;
      places.push(place);
    }
    return this.liveness.liveFrom(places);
  }

  private visitCount(path: string, count: number): number {
    const sequence = this.structure.sequences.get(path);
    return sequence ? this.sequenceCount(path, count, sequence) : Math.min(count, this.structure.countCeiling);
  }

  // ink reads a sequence's count less one ("visit"); see readSequence in ink-structure.ts.
  private sequenceCount(path: string, count: number, sequence: SequenceCount): number {
    switch (sequence.kind) {
      case 'capped': return Math.min(count, sequence.cap);
      case 'cycle': return ((count - 1) % sequence.period) + 1;
      case 'shuffle': {
        const drawn = count - 1;
        if (drawn < 2 * sequence.length) return count;
        this.foldedShuffles.add(path);
        return sequence.length + (drawn % sequence.length) + 1;
      }
      case 'exact': return count;
      default: return assertNever(sequence, 'value');
    }
  }
}

interface SavedThread {
  threadIndex: number;
  callstack: { cPath?: string; idx?: number }[];
  [key: string]: unknown;
}

interface SavedChoice {
  originalThreadIndex: number;
  targetPath: string;
  [key: string]: unknown;
}

interface SavedFlow {
  callstack: { threads: SavedThread[] };
  currentChoices?: SavedChoice[];
  choiceThreads?: Record<string, SavedThread>;
}

interface SavedState {
  flows?: Record<string, SavedFlow>;
  currentFlowName?: string;
  variablesState?: Record<string, unknown>;
  evalStack?: unknown[];
  currentDivertTarget?: string;
  visitCounts?: Record<string, number>;
  turnIndices?: Record<string, number>;
  turnIdx?: number;
  storySeed?: number;
  previousRandom?: number;
}

// Thread numbers only pair choices with the threads they came from; number them in order of appearance.
function normaliseFlow(flow: SavedFlow): unknown {
  const renumbered = new Map<number, number>();
  const number = (index: number) => {
    if (!renumbered.has(index)) renumbered.set(index, renumbered.size);
    return renumbered.get(index)!;
  };
  const threads = flow.callstack.threads.map((t) => ({ ...t, threadIndex: number(t.threadIndex) }));
  const choices = (flow.currentChoices ?? []).map((c) => ({ ...c, originalThreadIndex: number(c.originalThreadIndex) }));
  const choiceThreads = Object.values(flow.choiceThreads ?? {})
    .map((t) => ({ ...t, threadIndex: number(t.threadIndex) }))
    .sort((a, b) => a.threadIndex - b.threadIndex);
  return { threads, choices, choiceThreads };
}

/** A copy with keys in sorted order (and only those `keep` keeps), so JSON.stringify writes equal maps alike. */
function sortedRecord<T, U>(record: Record<string, T>, f: (value: T, key: string) => U, keep: (key: string) => boolean = () => true): Record<string, U> {
  const out: Record<string, U> = {};
  for (const key of Object.keys(record).sort()) if (keep(key)) out[key] = f(record[key]!, key);
  return out;
}

// An ink list value is {"list": {"Origin.item": n, …}}, its items in the order they were added.
function sortedList(value: unknown): unknown {
  if (!value || typeof value !== 'object' || !('list' in value)) return value;
  const list = value as { list: Record<string, number> };
  return { ...list, list: sortedRecord(list.list, (n) => n) };
}

/**
 * Two independent 32-bit mixes (cyrb53's) of the text, as 16 hex digits. With 200,000 states the chance
 * of any two sharing a key is about one in 10^9; keeping hashes rather than states keeps memory small.
 */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
