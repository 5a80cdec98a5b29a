import { assertNever } from '../core/assert-never';
import { effectiveEvents, undoneChoices } from './effective-path';
import type { EventOf, OfferedChoice, SessionEvent } from '../session/session-events';
import type { AxisScores } from '../core/axes';
import { sumScores } from './scores';

/** A line of the situation, with who said it (a cast id), so the debrief can say whose words they were. */
export interface SituationLine {
  text: string;
  speakerId: string | null;
}

export interface DebriefDecision {
  /** The last thing said before the decision, to remind the player where they were. */
  context: string;
  /** Everything shown since the previous decision, in order: the situation the choice was made in. */
  situation: SituationLine[];
  chosen: EventOf<'choice-made'>;
  /** Every option offered, in the author's order (ink's index), whatever order the screen showed. */
  offered: OfferedChoice[];
  /** The other options, in the author's order. */
  alternatives: OfferedChoice[];
  /** What the learner wrote for the decision's "What would you say?" question, if there was one. */
  answer: EventOf<'answer-given'> | null;
}

export interface Debrief {
  scenarioId: string;
  totals: AxisScores;
  /** The decisions that count, after any undo or rewind. */
  decisions: DebriefDecision[];
  /** Branches that were tried and then rewound, kept for the group to compare. */
  explored: { fromDecision: number; decisions: DebriefDecision[] }[];
  /** Choices the learner made and then stepped back from; they score nothing. */
  undone: EventOf<'choice-made'>[];
  ended: boolean;
  ending: string | null;
}

/** Everything the debrief shows, computed from the session log alone. Undone choices do not count. */
export function buildDebrief(events: readonly SessionEvent[]): Debrief {
  const started = events[0];
  if (started?.type !== 'session-started') throw new Error('a debrief needs a log that begins with session-started');
  const decisions: DebriefDecision[] = [];
  const explored: Debrief['explored'] = [];
  let context = '';
  let situation: SituationLine[] = [];
  let answer: EventOf<'answer-given'> | null = null;
  let offered: OfferedChoice[] = [];
  let ended = false;
  let ending: string | null = null;
  for (const event of effectiveEvents(events)) {
    switch (event.type) {
      case 'passage-shown':
        if (event.text) {
          context = event.text;
          situation.push({ text: event.text, speakerId: event.speakerId });
        }
        break;
      case 'choices-offered': offered = [...event.choices].sort((a, b) => a.index - b.index); break;
      case 'answer-given': answer = event; break;
      case 'choice-made':
        decisions.push({ context, situation, chosen: event, offered, alternatives: offered.filter((c) => c.index !== event.index), answer });
        situation = [];
        answer = null;
        break;
      case 'rewound': {
        const dropped = decisions.splice(event.toDecision);
        if (dropped.length) explored.push({ fromDecision: event.toDecision, decisions: dropped });
        // The decision offered again follows the same lines as before (a rewind does not show them again).
        context = dropped[0]?.context ?? context;
        situation = dropped[0]?.situation ?? situation;
        answer = null;
        ended = false;
        ending = null;
        break;
      }
      case 'session-ended': ended = true; ending = event.ending; break;
      case 'session-started': case 'session-paused': case 'session-resumed': case 'choice-undone': break;
      // A room's votes and choices belong to the group debrief; the story's choice-made follows them.
      case 'votes-recorded': case 'room-choice': break;
      // An observer's additions belong to the witness record, not the learner's debrief.
      case 'observation-started': case 'assessor-annotated': case 'score-overridden': case 'witness-signed': break;
      default: assertNever(event, 'event');
    }
  }
  const totals = sumScores(decisions.map((d) => d.chosen.scores));
  return { scenarioId: started.scenarioId, totals, decisions, explored, undone: undoneChoices(events), ended, ending };
}
