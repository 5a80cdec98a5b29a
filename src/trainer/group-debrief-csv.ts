import { toCsv, type CsvValue } from '../core/csv';
import type { GroupDebrief, GroupDecision } from './group-debrief';

export const GROUP_CSV_HEADER = [
  'scenario',
  'date',
  'branch',
  'decision',
  'option',
  'hands',
  'share_percent',
  'in_majority',
  'room_took',
  'how_settled',
  'best_offered',
  'compliance',
  'communication',
  'challenge',
  'trainer_note',
  'paused_minutes',
] as const;

/**
 * The group debrief as one row per option per decision, for a trainer's records. Plain columns, so
 * a spreadsheet can total or chart them; the room's path comes first, then each explored branch.
 */
export function groupDebriefCsv(debrief: GroupDebrief, scenarioTitle: string): string {
  const date = debrief.startedAt.slice(0, 10);
  const rows: CsvValue[][] = [[...GROUP_CSV_HEADER]];
  const add = (branch: string, decision: GroupDecision) => {
    for (const option of decision.options) {
      rows.push([
        scenarioTitle,
        date,
        branch,
        decision.number,
        option.text,
        option.hands,
        decision.totalHands === 0 ? null : Math.round(option.share * 100),
        option.inMajority ? 'yes' : 'no',
        option.taken ? 'yes' : 'no',
        option.taken ? (decision.basis ?? 'not recorded') : null,
        option.best ? 'yes' : 'no',
        option.scores?.compliance ?? null,
        option.scores?.communication ?? null,
        option.scores?.challenge ?? null,
        option.taken ? decision.note : null,
        // On the taken row only, like the note, so a column total is the time the room spent paused.
        option.taken ? Math.round(decision.pausedMs / 6_000) / 10 : null,
      ]);
    }
  };
  for (const decision of debrief.path) add("room's path", decision);
  for (const branch of debrief.explored) {
    for (const decision of branch.decisions) add(`explored from decision ${branch.fromDecision}`, decision);
  }
  return toCsv(rows);
}
