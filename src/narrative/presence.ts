import type { Cue } from './story-step';
import type { CastMember } from './tags';

/**
 * Who is in the scene: the one rule the play screen, the projector, the scenery and the story check
 * share, so the picture, the words for it and the build never disagree.
 *
 * - A `#background:` starts a new scene, and the room empties (even for the same place again: the
 *   author has moved the story on).
 * - `#present: a, b` on a line: exactly these people are in the room from that line. The room is
 *   then *listed*, until the next `#background:`.
 * - `#enter: a` adds someone, `#leave: a` takes them away; on the same line as a `#background:` or
 *   a `#present:` they apply after it.
 * - In a room nobody has listed (older stories, or a scene with no `#present:`), whoever speaks
 *   joins the room and stays until the scene changes or they `#leave:`, as the scenery always did.
 * - In a listed room, someone who speaks without being in it (a caller on the phone, an email read
 *   out) is heard, not seen: the transcript names them and the picture shows only those present.
 */
export interface Presence {
  place: string | null;
  /** Cast ids of the people in the room, in the order they came in. */
  present: readonly string[];
  /** True once a `#present:` has said who is here since the last `#background:`. */
  listed: boolean;
}

export const NOBODY_YET: Presence = { place: null, present: [], listed: false };

/** What a line says about the scene: its cues, and who speaks on it (only a line with words speaks). */
export interface PresenceLine {
  cues: readonly Cue[];
  speakerId: string | null;
}

/** The scene after one line, and the author's mistakes on it (an `#enter:` of someone already here, a `#leave:` of someone who is not). */
export function presenceAfter(before: Presence, line: PresenceLine): { presence: Presence; problems: string[] } {
  const problems: string[] = [];
  let { place, listed } = before;
  let present = [...before.present];
  for (const cue of line.cues) {
    if (cue.kind !== 'background') continue;
    [place, present, listed] = [cue.place, [], false];
  }
  for (const cue of line.cues) if (cue.kind === 'present') [present, listed] = [[...cue.castIds], true];
  for (const cue of line.cues) {
    for (const id of cue.kind === 'enter' ? cue.castIds : []) {
      if (present.includes(id)) problems.push(`"#enter: ${id}", but ${id} is already in the scene`);
      else present.push(id);
    }
    for (const id of cue.kind === 'leave' ? cue.castIds : []) {
      if (present.includes(id)) present = present.filter((p) => p !== id);
      else problems.push(`"#leave: ${id}", but ${id} is not in the scene`);
    }
  }
  if (line.speakerId && !listed && !present.includes(line.speakerId)) present.push(line.speakerId);
  return { presence: { place, present, listed }, problems };
}

/** The people in the room, as the cast names them; an id the cast lacks (the build rejects it) is left out. */
export function castPresent(presence: Presence, cast: readonly CastMember[]): CastMember[] {
  return presence.present.map((id) => cast.find((m) => m.id === id)).filter((m): m is CastMember => m !== undefined);
}

/**
 * A short, stable text for a presence, so states with different rooms can be told apart. The order
 * people came in is left out: it changes the picture, never which #enter or #leave is right, and
 * keeping it would split one moment of the story into as many states as there are orders.
 */
export function presenceKey(presence: Presence): string {
  return `${presence.listed ? 'listed' : 'open'}:${[...presence.present].sort().join(',')}`;
}
