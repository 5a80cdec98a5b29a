import { NOBODY_YET, presenceAfter, type Presence } from '../narrative/presence';
import type { ChoiceOption, Passage } from '../narrative/story-runner';
import type { CastMember, Mood } from '../narrative/tags';
import type { EventOf, VoteCount } from '../session/session-events';
import { roomPosition, stepStartScenes, type RoomPosition } from './room-position';
import { majorityOf } from './room-vote';
import type { TrainerSession } from './trainer-session';

/** What the projector shows in turn: the story a line at a time, then the decision in three steps. */
export type PresenterPhase = 'story' | 'discuss' | 'vote' | 'result' | 'ended';

/** One thing on screen in the story phase: a line of the story, or what the room chose. */
export type ShownLine = { kind: 'passage'; passage: Passage } | { kind: 'room-choice'; room: EventOf<'room-choice'>; text: string };

/** Where the story is, who is in the room and who is speaking, for the scenery and its description. */
interface SceneNow {
  place: string | null;
  presence: Presence;
  speaker: CastMember | null;
  mood: Mood | null;
}

export const DEFAULT_PROMPT = 'What would you do here, and why? What might each option lead to?';

/**
 * The presenter's state and what each command does to it. It writes to the session log only through
 * TrainerSession, and knows nothing of the DOM, so it is tested in Node like the rest of the engine.
 * Positions are 0-based places on screen; the session speaks in ink's own option indices.
 */
export class PresenterFlow {
  phase: PresenterPhase = 'story';
  lines: ShownLine[] = [];
  /** How many of `lines` are on screen. */
  revealed = 0;
  /** Hands by on-screen position, while voting and after. */
  tally: number[] = [];
  /** Phones' votes by on-screen position, known once a live room's voting closes (zeros without one). */
  phones: number[] = [];
  /** The option (by position) the trainer has picked: for hands while voting, or to take. */
  selected: number | null = null;
  overriding = false;
  note = '';
  /** Set after a rewind, until the next choice, so the screen can say where the room is. */
  rewoundTo: number | null = null;

  constructor(readonly session: TrainerSession) {
    this.showStep([]);
  }

  /**
   * A stored session carried on (TrainerSession.continue): the room is back at the decision it had
   * reached, with the room's last choice and the lines before the decision on screen, or with the
   * vote's result if the vote had closed (the room saw it, so it is in the log).
   */
  static continueFrom(session: TrainerSession): PresenterFlow {
    const flow = new PresenterFlow(session);
    flow.pickUp(roomPosition(session.log.events));
    return flow;
  }

  get choices(): readonly ChoiceOption[] {
    return this.session.play.current.choices;
  }

  /** The author's discussion prompts; else the decision's "What would you say?" question; else a general one. */
  get prompts(): string[] {
    const { prompts, ask } = this.session.play.current;
    if (prompts.length > 0) return prompts;
    return [ask ?? DEFAULT_PROMPT];
  }

  /** The scene as of the last line on screen, from the place the log says this decision's lines began in. */
  get scene(): SceneNow {
    const start = stepStartScenes(this.session.log.events)[this.session.decision];
    return sceneAfter(start, this.lines.slice(0, this.revealed));
  }

  /** Hands and phones together, by position: the room's split. */
  get split(): number[] {
    return this.tally.map((hands, position) => hands + (this.phones[position] ?? 0));
  }

  /** Every option with the most votes (hands and phones), by position; empty until someone has voted. */
  get majority(): number[] {
    return majorityOf(this.split.map((hands, index) => ({ index, hands })));
  }

  /** The phones' split from a live room, by ink's option index, to add to the hands when voting closes. */
  setPhoneVotes(split: readonly { index: number; votes: number }[]): void {
    this.phones = this.choices.map((c) => split.find((s) => s.index === c.index)?.votes ?? 0);
  }

  /** Whether the room's option is settled without the trainer having to pick one. */
  get needsPick(): boolean {
    return this.majority.length !== 1 && this.selected === null;
  }

  advance(): void {
    switch (this.phase) {
      case 'story':
        if (this.revealed < this.lines.length) this.revealed++;
        else this.phase = this.session.play.ended ? 'ended' : 'discuss';
        return;
      case 'discuss': return this.startVote();
      case 'vote': return this.closeVote();
      case 'result': return this.take();
      case 'ended': return;
    }
  }

  previous(): void {
    switch (this.phase) {
      case 'story': this.revealed = Math.max(Math.min(1, this.lines.length), this.revealed - 1); return;
      case 'discuss': this.phase = 'story'; return;
      case 'vote': this.phase = 'discuss'; return;
      case 'result': this.phase = 'vote'; this.overriding = false; return;
      case 'ended': this.phase = 'story'; return;
    }
  }

  /** Picks an option by its position: whose hands to count, or (after the vote) which to take. */
  select(position: number): void {
    if (position < 0 || position >= this.choices.length) return;
    if (this.phase === 'discuss') this.startVote();
    if (this.phase !== 'vote' && this.phase !== 'result') return;
    this.selected = position;
    const majority = this.majority;
    if (this.phase === 'result') this.overriding = majority.length > 0 && !majority.includes(position);
  }

  /** Adds or removes hands for the selected option while voting. */
  addHands(delta: number): void {
    if (this.phase !== 'vote' || this.selected === null) return;
    this.setHands(this.selected, this.tally[this.selected]! + delta);
  }

  setHands(position: number, hands: number): void {
    if (this.phase !== 'vote' || position < 0 || position >= this.tally.length) return;
    this.tally[position] = Math.max(0, Math.min(9999, Math.floor(Number.isFinite(hands) ? hands : 0)));
  }

  /** Starts choosing another option than the room's, to explore it; the next option is picked. */
  override(): void {
    if (this.phase === 'vote') this.closeVote();
    if (this.phase !== 'result') return;
    const others = this.choices.map((_, i) => i).filter((i) => !this.majority.includes(i));
    if (this.majority.length === 0 || others.length === 0) return;
    this.overriding = true;
    this.selected = others[0]!;
  }

  /** Goes back to an earlier decision (0 is the first) to explore another road. */
  backTo(decision: number): void {
    this.session.backTo(decision);
    this.rewoundTo = decision;
    this.showStep([]);
    this.revealed = this.lines.length;
    this.phase = 'discuss';
  }

  private startVote(): void {
    this.phase = 'vote';
    if (this.tally.length !== this.choices.length) this.tally = this.choices.map(() => 0);
    if (this.phones.length !== this.choices.length) this.phones = this.choices.map(() => 0);
    this.selected ??= 0;
  }

  private closeVote(): void {
    if (this.tally.some((hands) => hands > 0)) {
      this.session.recordVotes(this.choices.map((c, i) => ({ index: c.index, hands: this.tally[i]! })));
    }
    // The phones' votes are their own count, so the record says which votes came from where.
    if (this.phones.some((votes) => votes > 0)) {
      this.session.recordVotes(this.choices.map((c, i) => ({ index: c.index, hands: this.phones[i]! })), 'remote');
    }
    this.showResult();
  }

  private showResult(): void {
    this.phase = 'result';
    const majority = this.majority;
    this.selected = majority.length === 1 ? majority[0]! : null;
    this.overriding = false;
  }

  private take(): void {
    const position = this.selected ?? (this.majority.length === 1 ? this.majority[0]! : null);
    if (position === null) return; // a tie or no votes: the trainer must pick one first
    const option = this.choices[position]!;
    const { room, made } = this.session.take(option.index, this.overriding ? this.note : null);
    this.rewoundTo = null;
    this.showStep([{ kind: 'room-choice', room, text: made.text }]);
  }

  private pickUp(at: RoomPosition): void {
    if (at.lastTake) this.showStep([{ kind: 'room-choice', ...at.lastTake }]);
    this.rewoundTo = at.rewoundTo;
    this.revealed = this.lines.length;
    if (this.session.play.ended) return void (this.phase = 'ended');
    if (!at.hands && !at.phones) return;
    this.startVote();
    const byPosition = (counts: VoteCount[] | null) => this.choices.map((c) => counts?.find((n) => n.index === c.index)?.hands ?? 0);
    [this.tally, this.phones] = [byPosition(at.hands), byPosition(at.phones)];
    this.showResult();
  }

  private showStep(before: ShownLine[]): void {
    const step = this.session.play.current;
    this.lines = [...before, ...withTextOnly(step.passages).map((passage): ShownLine => ({ kind: 'passage', passage }))];
    this.revealed = Math.min(1, this.lines.length);
    this.tally = [];
    this.phones = [];
    this.selected = null;
    this.overriding = false;
    this.note = '';
    this.phase = this.lines.length > 0 ? 'story' : step.ended ? 'ended' : 'discuss';
  }
}

/**
 * The passages that have words, each carrying the cues of any wordless passage just before it (a
 * sound or a change of place written on a line of its own), so a line at a time loses no cue.
 */
function withTextOnly(passages: readonly Passage[]): Passage[] {
  const result: Passage[] = [];
  let pending: Passage['cues'] = [];
  for (const passage of passages) {
    if (!passage.text) {
      pending = [...pending, ...passage.cues];
      continue;
    }
    result.push(pending.length ? { ...passage, cues: [...pending, ...passage.cues] } : passage);
    pending = [];
  }
  const last = result.at(-1);
  if (pending.length && last) result[result.length - 1] = { ...last, cues: [...last.cues, ...pending] };
  return result;
}

function sceneAfter(start: Presence | undefined, lines: readonly ShownLine[]): SceneNow {
  const scene: SceneNow = { place: start?.place ?? null, presence: start ?? NOBODY_YET, speaker: null, mood: null };
  for (const line of lines) {
    if (line.kind === 'room-choice') {
      [scene.speaker, scene.mood] = [null, null];
      continue;
    }
    const { passage } = line;
    scene.presence = presenceAfter(scene.presence, { cues: passage.cues, speakerId: passage.speaker?.id ?? null }).presence;
    [scene.place, scene.speaker, scene.mood] = [scene.presence.place, passage.speaker, passage.mood];
  }
  return scene;
}
