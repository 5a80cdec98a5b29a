import { NOBODY_YET, presenceAfter, type Presence } from '../narrative/presence';
import { effectiveEvents } from '../scoring/effective-path';
import type { EventOf, SessionEvent, VoteCount } from '../session/session-events';

/**
 * Where a group session stood, read from its log alone, so a reloaded presenter can put the room
 * back at the same decision. What the presenter showed between events (how many lines were read
 * out, hands typed but not yet closed) was never recorded, so it starts again from the decision.
 */
export interface RoomPosition {
  /** What the room chose just before this decision, to show first; null at the start or after a rewind. */
  lastTake: { room: EventOf<'room-choice'>; text: string } | null;
  /** The decision (0 is the first) the trainer went back to, until the room chooses there again. */
  rewoundTo: number | null;
  /** The counts standing at this decision, by source, when the vote had closed: the room saw them. */
  hands: VoteCount[] | null;
  phones: VoteCount[] | null;
}

export function roomPosition(events: readonly SessionEvent[]): RoomPosition {
  const at: RoomPosition = { lastTake: null, rewoundTo: null, hands: null, phones: null };
  let room: EventOf<'room-choice'> | null = null;
  for (const event of effectiveEvents(events)) {
    switch (event.type) {
      case 'choices-offered':
        [at.hands, at.phones] = [null, null];
        break;
      case 'votes-recorded':
        // The latest count from each source stands, as it did on screen (room-vote.ts).
        if (event.source === 'remote') at.phones = event.counts;
        else at.hands = event.counts;
        break;
      case 'room-choice':
        room = event;
        break;
      case 'choice-made':
        at.lastTake = room?.taken === event.index ? { room, text: event.text } : null;
        [at.rewoundTo, room] = [null, null];
        break;
      case 'rewound':
        [at.lastTake, at.rewoundTo] = [null, event.toDecision];
        break;
      default:
        break;
    }
  }
  return at;
}

/**
 * The scene on screen as each decision's lines begin, by decision (0 is the first), along the path
 * that counts now: the place and who is in it after the lines before them (narrative/presence.ts).
 * A rewind goes back to the scene as that decision was offered, because the story is not shown
 * again (play-session.ts).
 */
export function stepStartScenes(events: readonly SessionEvent[]): Presence[] {
  const starts: Presence[] = [NOBODY_YET];
  const offeredAt: Presence[] = [];
  let scene = NOBODY_YET;
  let decision = 0;
  for (const event of effectiveEvents(events)) {
    if (event.type === 'passage-shown') scene = presenceAfter(scene, { cues: event.cues, speakerId: event.text ? event.speakerId : null }).presence;
    if (event.type === 'choices-offered') offeredAt[decision] = scene;
    if (event.type === 'choice-made') starts[++decision] = scene;
    if (event.type === 'rewound') {
      decision = event.toDecision;
      scene = offeredAt[decision] ?? NOBODY_YET;
    }
    if (event.type === 'choice-made' || event.type === 'rewound') starts.length = decision + 1;
  }
  return starts;
}
