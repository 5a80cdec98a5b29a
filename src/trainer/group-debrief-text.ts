import type { RoomChoiceBasis } from '../session/session-events';

/** How a room's choice was settled, in words for the debrief, the PDF and the CSV's readers. */
export const BASIS_LABELS: Record<RoomChoiceBasis, string> = {
  majority: 'Majority',
  'tie-break': 'Tie settled by the trainer',
  override: 'Trainer override',
  'no-votes': 'No vote taken',
};

/** The same in a word or two, where space is short. */
export const BASIS_SHORT_LABELS: Record<RoomChoiceBasis, string> = {
  majority: 'Majority',
  'tie-break': 'Tie-break',
  override: 'Override',
  'no-votes': 'No vote',
};

/** "1 hand", "14 hands". */
export function handsText(hands: number): string {
  return `${hands} ${hands === 1 ? 'hand' : 'hands'}`;
}

/** An ending's id as words: "closed-too-soon" → "closed too soon". */
export function endingName(ending: string | null): string {
  return ending ? ending.replace(/-/g, ' ') : 'no named ending';
}
