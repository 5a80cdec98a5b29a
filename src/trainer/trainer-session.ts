import { PlaySession, type StartOptions } from '../session/play-session';
import type { EventOf, VoteCount, VoteSource } from '../session/session-events';
import { basisFor, majorityOf, normaliseCounts, standingCounts } from './room-vote';

/**
 * A scenario run by a trainer with a room: the story's own play session, plus the room's votes,
 * the trainer's choice (majority, tie-break or override), rewinds and pauses, all in the one log.
 * Votes and room choices are not the story's events, so replay ignores them and still verifies.
 */
export class TrainerSession {
  private paused = false;

  private constructor(readonly play: PlaySession) {}

  static start(options: Omit<StartOptions, 'mode'>): TrainerSession {
    return new TrainerSession(PlaySession.start({ ...options, mode: 'trainer' }));
  }

  /**
   * Carries on a stored group session, `play` being its log replayed (replay.ts resumeSession).
   * The trainer chose to carry on, so a pause the page was left in ends here, in the record too.
   */
  static continue(play: PlaySession): TrainerSession {
    if (play.mode !== 'trainer') throw new RangeError(`this is ${play.mode === 'assessed' ? 'an observed' : 'a practice'} session, not a group one`);
    const session = new TrainerSession(play);
    const last = play.log.events.findLast((e) => e.type === 'session-paused' || e.type === 'session-resumed');
    if (last?.type === 'session-paused') session.log.append({ type: 'session-resumed' });
    return session;
  }

  get log() {
    return this.play.log;
  }

  /** The decision on offer now, 0 for the first; equal to the number of choices that count. */
  get decision(): number {
    return this.play.decisionsMade;
  }

  get isPaused(): boolean {
    return this.paused;
  }

  /** Records the room's hands (or phones) at the current decision; a later count from the same source replaces it. */
  recordVotes(counts: readonly VoteCount[], source: VoteSource = 'trainer-tally'): EventOf<'votes-recorded'> {
    if (this.play.ended) throw new RangeError('the story has ended: there is nothing to vote on');
    const offered = this.play.current.choices.map((c) => c.index);
    return this.log.append({ type: 'votes-recorded', decision: this.decision, counts: normaliseCounts(offered, counts), source }) as EventOf<'votes-recorded'>;
  }

  /** The latest count entered at the current decision, or null if none has been since it was offered. */
  currentVotes(): EventOf<'votes-recorded'> | null {
    return this.votesHere().at(-1) ?? null;
  }

  /** The options with the most votes at the current decision, hands and phones together (several in a tie, none without votes). */
  majority(): number[] {
    return majorityOf(standingCounts(this.votesHere()));
  }

  /** Every count entered since the current decision was offered, oldest first. */
  private votesHere(): EventOf<'votes-recorded'>[] {
    const events = this.log.events;
    const found: EventOf<'votes-recorded'>[] = [];
    for (let i = events.length - 1; i >= 0; i--) {
      const event = events[i]!;
      if (event.type === 'choices-offered') break;
      if (event.type === 'votes-recorded') found.unshift(event);
    }
    return found;
  }

  /**
   * Takes `index` for the room. Against the majority it is recorded as an override, with the
   * trainer's `note` if they gave one; the story then moves on exactly as for a single player.
   */
  take(index: number, note: string | null = null): { room: EventOf<'room-choice'>; made: EventOf<'choice-made'> } {
    if (!this.play.current.choices.some((c) => c.index === index)) throw new RangeError(`choice ${index} is not on offer`);
    const majority = this.majority();
    const room = this.log.append({
      type: 'room-choice',
      decision: this.decision,
      majority,
      taken: index,
      basis: basisFor(majority, index),
      by: 'trainer',
      note: note?.trim() || null,
    }) as EventOf<'room-choice'>;
    return { room, made: this.play.choose(index) };
  }

  /** Back to an earlier decision (0 is the first) to explore the road not taken; both branches stay in the log. */
  backTo(decision: number): void {
    this.play.rewind(decision, 'trainer-rewind');
  }

  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.log.append({ type: 'session-paused', reason: 'trainer-pause' });
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.log.append({ type: 'session-resumed' });
  }
}
