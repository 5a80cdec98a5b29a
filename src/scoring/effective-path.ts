import type { EventOf, SessionEvent } from '../session/session-events';

export class UndoOrderError extends Error {}

/**
 * The log as if every undone choice had never been made. A `choice-undone` takes the story back to
 * just before the choice it names, so that choice and everything after it, up to and including the
 * undo, drop out; what follows carries on from there. The stored log keeps it all: undo never
 * erases. The debrief, scores, resume and (later) a trainer's rewind all read this view.
 *
 * Throws UndoOrderError if an undo names anything but the latest choice still in effect: that log
 * was not written by the app.
 */
export function effectiveEvents(events: readonly SessionEvent[]): SessionEvent[] {
  const kept: SessionEvent[] = [];
  for (const event of events) {
    if (event.type !== 'choice-undone') {
      kept.push(event);
      continue;
    }
    const latest = latestChoice(kept);
    if (!latest || latest.seq !== event.undoneSeq) {
      throw new UndoOrderError(`event ${event.seq} undoes event ${event.undoneSeq}, which is not the latest choice in effect`);
    }
    kept.length = kept.indexOf(latest);
  }
  return kept;
}

/** The choices in effect, in order: the path the learner actually took. */
export function effectivePath(events: readonly SessionEvent[]): EventOf<'choice-made'>[] {
  return effectiveEvents(events).filter((e): e is EventOf<'choice-made'> => e.type === 'choice-made');
}

/** The choices that were made and then taken back, in the order they were made. */
export function undoneChoices(events: readonly SessionEvent[]): EventOf<'choice-made'>[] {
  const undone = new Set(events.flatMap((e) => (e.type === 'choice-undone' ? [e.undoneSeq] : [])));
  return events.filter((e): e is EventOf<'choice-made'> => e.type === 'choice-made' && undone.has(e.seq));
}

function latestChoice(events: readonly SessionEvent[]): EventOf<'choice-made'> | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if (event.type === 'session-ended') return undefined;
    if (event.type === 'choice-made') return event;
  }
  return undefined;
}

interface PathHistory {
  /** The choices that count now, in order, after step-backs and trainer rewinds. */
  current: EventOf<'choice-made'>[];
  /** Branches a trainer rewound, each with the decision it went back to; kept for the group to compare. */
  explored: { fromDecision: number; choices: EventOf<'choice-made'>[]; rewoundAtSeq: number }[];
}

/**
 * The path with trainer rewinds applied as well as step-backs. A `rewound` event keeps only the
 * first `toDecision` choices; the later ones become an explored branch, never erased.
 */
export function pathHistory(events: readonly SessionEvent[]): PathHistory {
  const history: PathHistory = { current: [], explored: [] };
  for (const event of effectiveEvents(events)) {
    if (event.type === 'choice-made') history.current.push(event);
    if (event.type === 'rewound') {
      const dropped = history.current.splice(event.toDecision);
      if (dropped.length > 0) history.explored.push({ fromDecision: event.toDecision, choices: dropped, rewoundAtSeq: event.seq });
    }
  }
  return history;
}
