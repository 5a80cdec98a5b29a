import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { LiveRoom } from './live-room';
import { CODE_ALPHABET, CODE_LENGTH, reply, type PhoneSelf, type PublicRoom, type Reply, type RoomCommand, type TrainerRoom } from './room-protocol';

/** A room nobody has touched for this long ends by itself, and its code stops working. */
export const ROOM_IDLE_LIMIT_MS = 6 * 60 * 60 * 1000;

interface Held {
  room: LiveRoom;
  secretHash: Buffer;
  lastActive: number;
}

/** What one command did: the answer for whoever sent it, and what the room's sockets should now see. */
export interface Outcome {
  reply: Reply<unknown>;
  /** For the phones (status, decision, revealed answers), sent only when those change. */
  toRoom?: PublicRoom;
  /** For the presenter: counts and the written answers, after every change. */
  toTrainer?: TrainerRoom;
}

export interface Created {
  code: string;
  secret: string;
  room: TrainerRoom;
}

export interface Joined {
  room: PublicRoom;
  self: PhoneSelf;
}

export const NO_SUCH_ROOM = 'there is no room with that code (it may have ended)';

/**
 * The rooms this relay process owns, and the one place a command meets a room: it finds the room,
 * checks the trainer's secret for a trainer's command, and applies it. Only a hash of each secret is
 * kept. With several processes, a command for a room held elsewhere is forwarded to its owner.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Held>();

  constructor(private readonly now: () => number = Date.now) {}

  has(code: string): boolean {
    return this.rooms.has(code);
  }

  get size(): number {
    return this.rooms.size;
  }

  /** A new room with a fresh code; `taken` says whether another process already uses a code. */
  create(takenElsewhere: (code: string) => boolean = () => false): Created {
    let code: string;
    do code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    while (this.rooms.has(code) || takenElsewhere(code));
    const secret = randomBytes(32).toString('base64url');
    const room = new LiveRoom(code);
    this.rooms.set(code, { room, secretHash: hashOf(secret), lastActive: this.now() });
    return { code, secret, room: room.trainerView() };
  }

  /** Applies a validated command to a room held here; undefined if this process does not hold it. */
  apply(command: Exclude<RoomCommand, { name: 'trainer:create' }>): Outcome | undefined {
    const held = this.rooms.get(command.body.code);
    if (!held) return undefined;
    const { room } = held;
    held.lastActive = this.now();
    if (command.name.startsWith('trainer:')) {
      const { secret } = command.body as { secret: string };
      if (!timingSafeEqual(hashOf(secret), held.secretHash)) return { reply: reply.no('the trainer secret does not match this room') };
    }
    switch (command.name) {
      case 'phone:join': {
        const r = room.join(command.body.device, command.body.nickname);
        return r.ok ? { reply: reply.ok<Joined>({ room: room.publicView(), self: r.value }), toTrainer: room.trainerView() } : { reply: r };
      }
      case 'phone:vote':
        return this.fromPhone(room, room.vote(command.body.device, command.body.key, command.body.option));
      case 'phone:answer':
        return this.fromPhone(room, room.answer(command.body.device, command.body.key, command.body.text));
      case 'trainer:attach':
        return { reply: reply.ok(room.trainerView()) };
      case 'trainer:open':
        return this.fromTrainer(room, room.open(command.body.key, command.body.options, command.body.ask));
      case 'trainer:close':
        return this.fromTrainer(room, room.close());
      case 'trainer:hide':
        return this.fromTrainer(room, room.hide(command.body.answer, command.body.hidden));
      case 'trainer:reveal':
        return this.fromTrainer(room, room.reveal());
      case 'trainer:end': {
        const outcome = this.fromTrainer(room, room.end());
        this.rooms.delete(room.code);
        return outcome;
      }
    }
  }

  /** Ends every room idle past the limit; returns what their sockets should be told. */
  sweep(): Outcome[] {
    const cutoff = this.now() - ROOM_IDLE_LIMIT_MS;
    const ended: Outcome[] = [];
    for (const [code, held] of this.rooms) {
      if (held.lastActive > cutoff) continue;
      ended.push(this.fromTrainer(held.room, held.room.end()));
      this.rooms.delete(code);
    }
    return ended;
  }

  private fromPhone(room: LiveRoom, result: Reply<PhoneSelf>): Outcome {
    return result.ok ? { reply: result, toTrainer: room.trainerView() } : { reply: result };
  }

  private fromTrainer(room: LiveRoom, result: Reply<TrainerRoom>): Outcome {
    return result.ok ? { reply: result, toRoom: room.publicView(), toTrainer: result.value } : { reply: result };
  }
}

function hashOf(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}
