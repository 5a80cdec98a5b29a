import type { EventOf, RoomChoiceBasis, VoteCount, VoteSource } from '../session/session-events';

export function totalHands(counts: readonly VoteCount[]): number {
  return counts.reduce((sum, c) => sum + c.hands, 0);
}

/** Every option with the most hands, in the order given; none when nobody voted. */
export function majorityOf(counts: readonly VoteCount[]): number[] {
  const most = Math.max(0, ...counts.map((c) => c.hands));
  return most === 0 ? [] : counts.filter((c) => c.hands === most).map((c) => c.index);
}

/** How taking `taken` relates to the room's vote: the room's own choice, a tie settled, or an override. */
export function basisFor(majority: readonly number[], taken: number): RoomChoiceBasis {
  if (majority.length === 0) return 'no-votes';
  if (!majority.includes(taken)) return 'override';
  return majority.length > 1 ? 'tie-break' : 'majority';
}

/**
 * Puts a tally in the order the options are shown, with a zero for any option nobody counted, so a
 * source that reports only the options with hands (as a remote one might) gives the same record.
 * Throws RangeError for an option that is not on offer.
 */
export function normaliseCounts(offered: readonly number[], counts: readonly VoteCount[]): VoteCount[] {
  for (const count of counts) {
    if (!offered.includes(count.index)) throw new RangeError(`option ${count.index} is not on offer at this decision`);
    if (!Number.isInteger(count.hands) || count.hands < 0) throw new RangeError(`${count.hands} is not a number of hands`);
  }
  if (new Set(counts.map((c) => c.index)).size !== counts.length) throw new RangeError('an option is counted twice');
  return offered.map((index) => ({ index, hands: counts.find((c) => c.index === index)?.hands ?? 0 }));
}

/**
 * The split that stands at a decision, from the counts recorded there in order: the latest count
 * from each source (a recount replaces its own source's count), the sources added together, so a
 * room can raise hands and vote on phones at once. Empty when nothing was recorded.
 */
export function standingCounts(recorded: readonly EventOf<'votes-recorded'>[]): VoteCount[] {
  const latest = new Map<VoteSource, readonly VoteCount[]>();
  for (const event of recorded) latest.set(event.source, event.counts);
  const sum = new Map<number, number>();
  for (const counts of latest.values()) for (const c of counts) sum.set(c.index, (sum.get(c.index) ?? 0) + c.hands);
  return [...sum].map(([index, hands]) => ({ index, hands }));
}
