import type { RoomChoiceBasis } from '../session/session-events';

/** How a room's choice was settled, in words for the debrief, the PDF and the CSV's readers. */
export const BASIS_LABELS: Record<RoomChoiceBasis, string> = {
  majority: 'Majority',
  'tie-break': 'Tie settled by the trainer',
  override: 'Trainer override',
  'no-votes': 'No vote taken',
};

/** An ending's id as words: "closed-too-soon" → "closed too soon". */
export function endingName(ending: string | null): string {
  return ending ? ending.replace(/-/g, ' ') : 'no named ending';
}
