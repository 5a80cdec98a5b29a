import type { ChoiceView, InkListView, InkStateView, RuntimeValue, ThreadView } from '../narrative/ink-state-view';
import type { Place } from './count-liveness';

/** What the key needs to know of the story: see StateIdentity for why each part is kept or left out. */
export interface KeyRules {
  countCeiling: number;
  usesRandom: boolean;
  usesTurnIndex: boolean;
  /** A counted container's place in a fixed order (so counts are written alike however they were reached). */
  slotOf(path: string): number | undefined;
  /** Counts the state can still read, from the places it can go on from; null if one is unknown. */
  liveFrom(places: Place[]): (path: string) => boolean;
  /** A choice's or divert's target as a place; null if unknown. */
  place(path: string): Place | null;
  /** A visit count as the story can tell it apart (capped, sequences folded). */
  visitCount(path: string, count: number): number;
}

/** Thrown inside the writer for anything it does not know. */
class Unfamiliar extends Error {}

/**
 * The same canonical form as StateIdentity's, written straight from ink's live state: no JSON is
 * written or parsed, maps are not sorted by name (variables keep their declared order, counts their
 * slot), strings are length-prefixed so no text can imitate a separator. Null when the state holds
 * something this writer does not know (another flow, changes ink has not yet folded in, a
 * non-value on the stack); the caller then uses the saved JSON, which knows everything.
 */
export function liveStateText(state: InkStateView, extra: string, rules: KeyRules): string | null {
  if (state._patch !== null || state.variablesState.patch !== null || state._namedFlows !== null) return null;
  try {
    const out = new KeyWriter(rules);
    out.text(extra);
    out.flow(state);
    out.variables(state);
    out.counts(state);
    return out.result;
  } catch (error) {
    if (error instanceof Unfamiliar) return null;
    throw error;
  }
}

class KeyWriter {
  result = '';
  private readonly renumbered = new Map<number, number>();
  private readonly places: Place[] = [];
  /** Set when a place the state goes on from cannot be found: then every count is kept. */
  private unknownPlace = false;

  constructor(private readonly rules: KeyRules) {}

  text(value: string): void {
    this.result += `${value.length}:${value}`;
  }

  flow(state: InkStateView): void {
    const flow = state._currentFlow;
    this.text(flow.name);
    const threads = flow.callStack._threads;
    for (const thread of threads) this.thread(thread);
    this.result += '|c';
    const own = new Set(threads.map((t) => t.threadIndex));
    const elsewhere = new Map<number, ThreadView>();
    for (const choice of flow.currentChoices) {
      const thread = this.choice(choice);
      if (!own.has(thread.threadIndex)) elsewhere.set(thread.threadIndex, thread);
    }
    // Threads kept only for choices, in the order of their numbers (as the JSON form sorts them).
    this.result += '|t';
    for (const index of [...elsewhere.keys()].sort((a, b) => this.number(a) - this.number(b))) this.thread(elsewhere.get(index)!);
    this.result += '|e';
    for (const value of state.evaluationStack) this.value(value);
    const divert = state.divertedPointer;
    if (!divert.isNull) {
      const path = divert.path?.componentsString;
      if (path === undefined) throw new Unfamiliar();
      this.result += '|d';
      this.text(path);
      const place = this.rules.place(path);
      if (!place) this.unknownPlace = true;
      else this.places.push(place);
    }
  }

  variables(state: InkStateView): void {
    this.result += '|v';
    const { _globalVariables: current, _defaultGlobalVariables: defaults } = state.variablesState;
    for (const [name, initial] of defaults) this.value(current.get(name) ?? initial);
  }

  counts(state: InkStateView): void {
    const { countCeiling, usesRandom, usesTurnIndex } = this.rules;
    const live = this.unknownPlace ? null : this.rules.liveFrom(this.places);
    const turn = state.currentTurnIndex;
    this.result += '|n';
    this.slots(state._visitCounts, live, (count, path) => this.rules.visitCount(path, count));
    this.result += '|s';
    this.slots(state._turnIndices, live, (at) => Math.min(turn - at, countCeiling));
    this.result += `|${usesTurnIndex ? Math.min(turn, countCeiling) : ''}|${usesRandom ? state.previousRandom : ''}|${state.storySeed}`;
  }

  private slots(counts: ReadonlyMap<string, number>, live: ((path: string) => boolean) | null, shown: (count: number, path: string) => number): void {
    const found: [slot: number, count: number][] = [];
    for (const [path, count] of counts) {
      if (live && !live(path)) continue;
      const slot = this.rules.slotOf(path);
      if (slot === undefined) throw new Unfamiliar();
      found.push([slot, shown(count, path)]);
    }
    found.sort((a, b) => a[0] - b[0]);
    for (const [slot, count] of found) this.result += `${slot}=${count},`;
  }

  private thread(thread: ThreadView): void {
    this.result += `[${this.number(thread.threadIndex)}`;
    for (const element of thread.callstack) {
      const pointer = element.currentPointer;
      if (!pointer.isNull) {
        const path = pointer.container?.path.componentsString;
        if (path === undefined) throw new Unfamiliar();
        this.text(path);
        this.result += `@${pointer.index}`;
        this.places.push({ path, index: pointer.index });
      }
      this.result += `${element.inExpressionEvaluation ? 'x' : 'o'}${element.type}`;
      for (const [name, value] of element.temporaryVariables) {
        this.text(name);
        this.value(value);
      }
      this.result += ';';
    }
    const previous = thread.previousPointer;
    if (!previous.isNull) {
      const resolved = previous.Resolve();
      if (!resolved) throw new Unfamiliar();
      this.text(resolved.path.toString());
    }
    this.result += ']';
  }

  /** Writes a choice and returns the thread it was made in. */
  private choice(choice: ChoiceView): ThreadView {
    const thread = choice.threadAtGeneration;
    if (!thread) throw new Unfamiliar();
    this.text(choice.text);
    this.text(choice.sourcePath);
    this.text(choice.pathStringOnChoice);
    this.result += `${choice.index}/${this.number(thread.threadIndex)}${choice.isInvisibleDefault ? 'i' : ''}`;
    for (const tag of choice.tags ?? []) this.text(tag);
    const place = this.rules.place(choice.pathStringOnChoice);
    if (!place) this.unknownPlace = true;
    else this.places.push(place);
    this.result += ';';
    return thread;
  }

  private value(value: RuntimeValue): void {
    switch (value.valueType) {
      case -1: this.result += value.value ? 'T' : 'F'; return;
      case 0: this.result += `i${value.value as number}`; return;
      case 1: this.result += `f${value.value as number}`; return;
      case 2: return this.list(value.value as InkListView);
      case 3: this.result += 's'; return this.text(value.value as string);
      case 4: this.result += 'd'; return this.text((value.value as { componentsString: string }).componentsString);
      case 5: this.result += `p${value.contextIndex ?? -1}`; return this.text(value.value as string);
      default: throw new Unfamiliar();
    }
  }

  // An ink list's items come in the order they were added; sorted, the same contents write alike.
  private list(list: InkListView): void {
    this.result += 'l';
    if (list.size === 0) for (const origin of list.originNames ?? []) this.text(origin);
    for (const key of [...list.keys()].sort()) {
      this.text(key);
      this.result += `=${list.get(key)!}`;
    }
    this.result += ';';
  }

  // Thread numbers only pair choices with their threads: numbered in order of appearance.
  private number(index: number): number {
    let n = this.renumbered.get(index);
    if (n === undefined) this.renumbered.set(index, (n = this.renumbered.size));
    return n;
  }
}
