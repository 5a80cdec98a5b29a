import { effectiveEvents, undoneChoices } from '../session/effective-path';
import type { EventOf, OfferedChoice, SessionEvent } from '../session/session-events';
import { addScores, zeroScores, type AxisScores } from './axes';

export interface DebriefDecision {
  /** The last thing said before the decision, to remind the player where they were. */
  context: string;
  chosen: EventOf<'choice-made'>;
  alternatives: OfferedChoice[];
}

export interface Debrief {
  scenarioId: string;
  totals: AxisScores;
  decisions: DebriefDecision[];
  /** Choices the learner made and then stepped back from; they score nothing. */
  undone: EventOf<'choice-made'>[];
  ended: boolean;
  ending: string | null;
}

/** Everything the debrief shows, computed from the session log alone. Undone choices do not count. */
export function buildDebrief(events: readonly SessionEvent[]): Debrief {
  const started = events[0];
  if (started?.type !== 'session-started') throw new Error('a debrief needs a log that begins with session-started');
  const debrief: Debrief = { scenarioId: started.scenarioId, totals: zeroScores(), decisions: [], undone: undoneChoices(events), ended: false, ending: null };
  let context = '';
  let offered: OfferedChoice[] = [];
  for (const event of effectiveEvents(events)) {
    switch (event.type) {
      case 'passage-shown': if (event.text) context = event.text; break;
      case 'choices-offered': offered = event.choices; break;
      case 'choice-made':
        debrief.totals = addScores(debrief.totals, event.scores);
        debrief.decisions.push({ context, chosen: event, alternatives: offered.filter((c) => c.index !== event.index) });
        break;
      case 'session-ended': debrief.ended = true; debrief.ending = event.ending; break;
      case 'session-started': case 'choice-undone': break;
      default: assertNever(event);
    }
  }
  return debrief;
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`);
}
