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

/** "Not paused", "Paused once (6 min)", "Paused 3 times (11 min in all; the last not carried on)". */
export function pausesText(pauses: readonly { ms: number | null }[]): string {
  if (pauses.length === 0) return 'Not paused';
  const ended = pauses.filter((p) => p.ms !== null);
  const total = ended.reduce((sum, p) => sum + p.ms!, 0);
  const times = pauses.length === 1 ? 'once' : pauses.length === 2 ? 'twice' : `${pauses.length} times`;
  const open = ended.length < pauses.length ? 'the last not carried on' : '';
  const length = ended.length === 0 ? '' : `${minutesText(total)}${pauses.length > 1 ? ' in all' : ''}`;
  const detail = [length, open].filter(Boolean).join('; ');
  return `Paused ${times}${detail ? ` (${detail})` : ''}`;
}

/** "under a minute", "1 min", "12 min". */
export function minutesText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes < 1 ? 'under a minute' : `${minutes} min`;
}
