/**
 * The parts of inkjs's live story state (version 2.4.0, pinned exactly in package.json) that the
 * scenario analyzer reads to tell two moments apart without writing the state out as JSON, which
 * cost it most of its time. Several are private in inkjs, so this is a structural view, not an
 * import: tests/unit/analysis/live-state-key.test.ts checks it against ink's own saved state, and
 * anything it does not recognise sends the analyzer back to the saved JSON.
 */
export interface InkStateView {
  /** Changes inkjs has not yet folded into the maps below (only in the middle of a step). */
  readonly _patch: unknown;
  /** Other flows than the default, if the story ever switched flow. */
  readonly _namedFlows: ReadonlyMap<string, unknown> | null;
  readonly _currentFlow: {
    readonly name: string;
    readonly callStack: { readonly _threads: readonly ThreadView[] };
    readonly currentChoices: readonly ChoiceView[];
  };
  readonly variablesState: {
    readonly patch: unknown;
    readonly _globalVariables: ReadonlyMap<string, RuntimeValue>;
    readonly _defaultGlobalVariables: ReadonlyMap<string, RuntimeValue>;
  };
  readonly evaluationStack: readonly RuntimeValue[];
  readonly divertedPointer: PointerView;
  readonly _visitCounts: ReadonlyMap<string, number>;
  readonly _turnIndices: ReadonlyMap<string, number>;
  readonly currentTurnIndex: number;
  readonly storySeed: number;
  readonly previousRandom: number;
}

export interface PathView {
  readonly componentsString: string;
  toString(): string;
}

export interface PointerView {
  readonly isNull: boolean;
  readonly container: { readonly path: PathView } | null;
  readonly index: number;
  /** A new path each time it is read: for the rare pointer that is set at a decision. */
  readonly path: PathView | null;
  Resolve(): { readonly path: PathView } | null;
}

export interface ThreadView {
  readonly threadIndex: number;
  readonly callstack: readonly ElementView[];
  readonly previousPointer: PointerView;
}

export interface ElementView {
  readonly currentPointer: PointerView;
  readonly inExpressionEvaluation: boolean;
  readonly type: number;
  readonly temporaryVariables: ReadonlyMap<string, RuntimeValue>;
}

export interface ChoiceView {
  readonly text: string;
  readonly index: number;
  readonly sourcePath: string;
  readonly pathStringOnChoice: string;
  readonly isInvisibleDefault: boolean;
  readonly tags: readonly string[] | null;
  readonly threadAtGeneration: ThreadView | null;
}

/**
 * An ink runtime object as it sits in a variable or on the evaluation stack. Values have a
 * `valueType` (inkjs's ValueType: Bool -1, Int 0, Float 1, List 2, String 3, DivertTarget 4,
 * VariablePointer 5); anything else is not a value.
 */
export interface RuntimeValue {
  readonly valueType?: number;
  readonly value?: unknown;
  readonly contextIndex?: number;
}

/** An ink list's contents: its items' keys (inkjs writes each as a small JSON object) and their values. */
export interface InkListView extends ReadonlyMap<string, number> {
  readonly originNames: readonly string[] | null;
}
