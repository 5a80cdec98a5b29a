import { filterNickname } from './nickname';
import { reply, type PhoneSelf, type PublicRoom, type Reply, type RoomOption, type RoomStatus, type TrainerAnswer, type TrainerRoom } from './room-protocol';

/** Enough for a lecture theatre; a room past it is refused new phones rather than run out of memory. */
export const MAX_DEVICES = 2_000;

interface Decision {
  key: string;
  options: RoomOption[];
  ask: string | null;
}

interface Answer extends TrainerAnswer {
  device: string;
}

/**
 * One live room and every rule it keeps: phones join with the code, vote once per device per
 * decision (changing it until the trainer closes), write an answer where the scenario asks for one;
 * the trainer opens, closes, hides and reveals. Pure: no sockets, no clock of its own, so every
 * refusal is tested in Node. A refusal changes nothing.
 */
export class LiveRoom {
  private status: RoomStatus = 'waiting';
  private decision: Decision | null = null;
  private readonly devices = new Map<string, { nickname: string | null }>();
  private readonly votes = new Map<string, number>();
  private answers: Answer[] = [];
  private nextAnswerId = 0;
  private revealedOrder: number[] | null = null;

  constructor(
    readonly code: string,
    private readonly shuffle: <T>(items: T[]) => T[] = shuffled,
  ) {}

  get ended(): boolean {
    return this.status === 'ended';
  }

  join(device: string, nickname?: string): Reply<PhoneSelf> {
    if (this.ended) return reply.no('this room has ended');
    const known = this.devices.get(device);
    if (!known && this.devices.size >= MAX_DEVICES) return reply.no('this room is full');
    // A phone coming back keeps its first nickname unless it gives a new one.
    const name = nickname === undefined && known ? known.nickname : filterNickname(nickname);
    this.devices.set(device, { nickname: name });
    return reply.ok(this.self(device));
  }

  vote(device: string, key: string, option: number): Reply<PhoneSelf> {
    const refused = this.refuseDuringVote(device, key);
    if (refused) return refused;
    if (!this.decision!.options.some((o) => o.index === option)) return reply.no('that option is not on offer');
    this.votes.set(device, option);
    return reply.ok(this.self(device));
  }

  answer(device: string, key: string, text: string): Reply<PhoneSelf> {
    const refused = this.refuseDuringVote(device, key);
    if (refused) return refused;
    if (this.decision!.ask === null) return reply.no('there is no written question at this decision');
    const own = this.answers.find((a) => a.device === device);
    if (own) Object.assign(own, { text, hidden: false });
    else this.answers.push({ id: this.nextAnswerId++, device, text, hidden: false });
    return reply.ok(this.self(device));
  }

  /** Opens voting; the same key again reopens it with the votes kept (the trainer went back to recount). */
  open(key: string, options: RoomOption[], ask: string | null): Reply<TrainerRoom> {
    if (this.ended) return reply.no('this room has ended');
    if (this.decision?.key !== key) {
      this.votes.clear();
      this.answers = [];
      this.revealedOrder = null;
    }
    this.decision = { key, options: options.map((o) => ({ ...o })), ask };
    this.status = 'open';
    return reply.ok(this.trainerView());
  }

  close(): Reply<TrainerRoom> {
    if (this.status !== 'open') return reply.no('voting is not open');
    this.status = 'closed';
    return reply.ok(this.trainerView());
  }

  hide(id: number, hidden: boolean): Reply<TrainerRoom> {
    const answer = this.answers.find((a) => a.id === id);
    if (!answer) return reply.no('there is no such answer');
    answer.hidden = hidden;
    return reply.ok(this.trainerView());
  }

  /** Shows the written answers not hidden, in an order that says nothing about who wrote first. */
  reveal(): Reply<TrainerRoom> {
    if (this.answers.length === 0) return reply.no('there are no written answers to reveal');
    this.revealedOrder = this.shuffle(this.answers.map((a) => a.id));
    return reply.ok(this.trainerView());
  }

  /** Ends the room: the code stops working and everything the room held is dropped. */
  end(): Reply<TrainerRoom> {
    this.status = 'ended';
    this.decision = null;
    this.devices.clear();
    this.votes.clear();
    this.answers = [];
    this.revealedOrder = null;
    return reply.ok(this.trainerView());
  }

  self(device: string): PhoneSelf {
    return {
      vote: this.votes.get(device) ?? null,
      answer: this.answers.find((a) => a.device === device)?.text ?? null,
      nickname: this.devices.get(device)?.nickname ?? null,
    };
  }

  publicView(): PublicRoom {
    const shown = new Map(this.answers.filter((a) => !a.hidden).map((a) => [a.id, a.text]));
    return {
      code: this.code,
      status: this.status,
      decision: this.decision && { key: this.decision.key, options: this.decision.options.map((o) => ({ ...o })), ask: this.decision.ask },
      joined: this.devices.size,
      voted: this.votes.size,
      answered: this.answers.length,
      revealed: (this.revealedOrder ?? []).flatMap((id) => (shown.has(id) ? [shown.get(id)!] : [])),
    };
  }

  trainerView(): TrainerRoom {
    const split = this.status === 'closed' && this.decision ? this.decision.options.map((o) => ({ index: o.index, votes: this.countFor(o.index) })) : null;
    return { ...this.publicView(), answers: this.answers.map(({ id, text, hidden }) => ({ id, text, hidden })), split };
  }

  private countFor(option: number): number {
    let n = 0;
    for (const v of this.votes.values()) if (v === option) n++;
    return n;
  }

  private refuseDuringVote(device: string, key: string): Reply<never> | null {
    if (this.ended) return reply.no('this room has ended');
    if (!this.devices.has(device)) return reply.no('join the room first');
    if (this.status !== 'open' || !this.decision) return reply.no('voting is closed');
    if (this.decision.key !== key) return reply.no('that decision has moved on: voting is on another one now');
    return null;
  }
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
