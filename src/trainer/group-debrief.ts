import type { AxisScores } from '../core/axes';
import { buildDebrief, type DebriefDecision } from '../scoring/debrief';
import { effectiveEvents } from '../scoring/effective-path';
import type { EventOf, OfferedChoice, RoomChoiceBasis, SessionEvent } from '../session/session-events';
import { bestOfferedHere, type BestPathSource } from './best-path';
import { majorityOf, standingCounts, totalHands } from './room-vote';

/** One option at one decision, with the room's hands for it. */
export interface OptionResult {
  index: number;
  text: string;
  scores: AxisScores | null;
  reason: string | null;
  hands: number;
  /** Share of the hands, 0 to 1; 0 when nobody voted. */
  share: number;
  inMajority: boolean;
  taken: boolean;
  best: boolean;
}

export interface GroupDecision {
  /** 1 for the first decision. */
  number: number;
  context: string;
  /** Every option offered, in the order the room saw them. */
  options: OptionResult[];
  totalHands: number;
  taken: EventOf<'choice-made'>;
  /** How the trainer settled it; null if the choice was made outside trainer mode. */
  basis: RoomChoiceBasis | null;
  note: string | null;
  tookBest: boolean;
  /** Time the session stood paused while this decision was on screen, in milliseconds. */
  pausedMs: number;
}

export interface GroupDebrief {
  scenarioId: string;
  sessionId: string;
  startedAt: string;
  /** The room's path: the decisions that count after any rewinds. */
  path: GroupDecision[];
  /** Branches explored and then rewound, each from the decision it went back to (1 for the first). */
  explored: { fromDecision: number; decisions: GroupDecision[] }[];
  overrides: number;
  totals: AxisScores;
  bestLabel: string;
  ended: boolean;
  ending: string | null;
  questions: string[];
  /** Every pause, in order: how long it lasted (null if the session was never carried on after it). */
  pauses: { ms: number | null }[];
}

interface Annotation {
  offered: OfferedChoice[];
  /** Every count entered at the decision (hands, phones, recounts), oldest first. */
  votes: EventOf<'votes-recorded'>[];
  room: EventOf<'room-choice'> | null;
  pathSoFar: number[];
}

/** Everything the group debrief shows, from the session log alone (plus the author's questions). */
export function buildGroupDebrief(
  events: readonly SessionEvent[],
  options: { questions?: readonly string[]; bestPath?: BestPathSource } = {},
): GroupDebrief {
  const debrief = buildDebrief(events);
  const started = events[0] as EventOf<'session-started'>;
  const notes = annotate(events);
  const paused = pausesIn(events);
  const source = options.bestPath ?? bestOfferedHere;
  const decide = (d: DebriefDecision, i: number, start: number) => groupDecision(d, start + i + 1, notes.get(d.chosen.seq)!, source, paused.beforeChoice.get(d.chosen.seq) ?? 0);
  const path = debrief.decisions.map((d, i) => decide(d, i, 0));
  const explored = debrief.explored.map((branch) => ({
    fromDecision: branch.fromDecision + 1,
    decisions: branch.decisions.map((d, i) => decide(d, i, branch.fromDecision)),
  }));
  const all = [...path, ...explored.flatMap((b) => b.decisions)];
  return {
    scenarioId: debrief.scenarioId,
    sessionId: started.sessionId,
    startedAt: started.at,
    path,
    explored,
    overrides: all.filter((d) => d.basis === 'override').length,
    totals: debrief.totals,
    bestLabel: source.label,
    ended: debrief.ended,
    ending: debrief.ending,
    questions: [...(options.questions ?? [])],
    pauses: paused.pauses,
  };
}

/**
 * The trainer's pauses, each counted against the decision it interrupted (the next choice made
 * after it), so the debrief and the CSV can say where the room stopped to talk and for how long.
 */
function pausesIn(events: readonly SessionEvent[]): { pauses: { ms: number | null }[]; beforeChoice: Map<number, number> } {
  const pauses: { ms: number | null }[] = [];
  const beforeChoice = new Map<number, number>();
  let since: number | null = null;
  let pending = 0;
  for (const event of events) {
    if (event.type === 'session-paused' && since === null) {
      since = Date.parse(event.at);
      pauses.push({ ms: null });
    } else if (event.type === 'session-resumed' && since !== null) {
      const ms = Math.max(0, Date.parse(event.at) - since);
      pauses[pauses.length - 1]!.ms = ms;
      pending += ms;
      since = null;
    } else if (event.type === 'choice-made' && pending > 0) {
      beforeChoice.set(event.seq, pending);
      pending = 0;
    }
  }
  return { pauses, beforeChoice };
}

// What the plain debrief does not keep: the options in display order, the votes and the room's
// choice that led to each choice-made, and the path up to it (for a best-path source). It reads the
// same view of the log as the debrief: choices stepped back from are not there.
function annotate(events: readonly SessionEvent[]): Map<number, Annotation> {
  const notes = new Map<number, Annotation>();
  let offered: OfferedChoice[] = [];
  let votes: EventOf<'votes-recorded'>[] = [];
  let room: EventOf<'room-choice'> | null = null;
  const path: number[] = [];
  for (const event of effectiveEvents(events)) {
    if (event.type === 'choices-offered') [offered, votes, room] = [event.choices, [], null];
    if (event.type === 'votes-recorded') votes = [...votes, event];
    if (event.type === 'room-choice') room = event;
    if (event.type === 'rewound') path.splice(event.toDecision);
    if (event.type === 'choice-made') {
      notes.set(event.seq, { offered, votes, room: room?.taken === event.index ? room : null, pathSoFar: [...path] });
      path.push(event.index);
    }
  }
  return notes;
}

function groupDecision(decision: DebriefDecision, number: number, note: Annotation, source: BestPathSource, pausedMs: number): GroupDecision {
  const counts = standingCounts(note.votes);
  const total = totalHands(counts);
  const majority = majorityOf(counts);
  const best = source.best(note.offered, note.pathSoFar);
  const taken = decision.chosen;
  const options = note.offered.map((o): OptionResult => {
    const hands = counts.find((c) => c.index === o.index)?.hands ?? 0;
    return {
      index: o.index,
      text: o.text,
      scores: o.scores,
      reason: o.reason,
      hands,
      share: total === 0 ? 0 : hands / total,
      inMajority: majority.includes(o.index),
      taken: o.index === taken.index,
      best: best.includes(o.index),
    };
  });
  return {
    number,
    context: decision.context,
    options,
    totalHands: total,
    taken,
    basis: note.room?.basis ?? null,
    note: note.room?.note ?? null,
    tookBest: best.includes(taken.index),
    pausedMs,
  };
}

/** A share as a whole percentage, for labels: 0.333… → "33%". */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
