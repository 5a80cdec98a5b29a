import type { EventOf, SessionEvent } from './session-events';

export type ChoiceMade = EventOf<'choice-made'>;

export interface PathHistory {
  /** The choices that count now, in order. */
  current: ChoiceMade[];
  /** Branches taken and then rewound, each with the decision it went back to. */
  explored: { fromDecision: number; choices: ChoiceMade[]; rewoundAtSeq: number }[];
}

/** Which choices count once undos and rewinds are applied; nothing in the log is erased. */
export function effectivePath(events: readonly SessionEvent[]): PathHistory {
  const history: PathHistory = { current: [], explored: [] };
  for (const event of events) {
    if (event.type === 'choice-made') history.current.push(event);
    if (event.type === 'rewound') {
      const dropped = history.current.splice(event.toDecision);
      if (dropped.length > 0) history.explored.push({ fromDecision: event.toDecision, choices: dropped, rewoundAtSeq: event.seq });
    }
  }
  return history;
}
