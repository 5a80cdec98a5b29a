import type { Socket } from 'socket.io-client';
import type { RoomOption, Reply, TrainerRoom } from '../../relay/room-protocol';

/** What /relay.json says: that this address is a live-room relay, and how phones can reach it. */
export interface RelayInfo {
  relay: 'common-ground-live-rooms';
  /** Addresses on the room's network (http://192.168.…:8080), for the join address and QR code. */
  addresses: string[];
}

const ASK_TIMEOUT_MS = 4_000;

/** Whether `address` is a live-room relay; null when it is not, or cannot be reached. */
export async function findRelay(address: string): Promise<RelayInfo | null> {
  try {
    const response = await fetch(new URL('relay.json', withSlash(address)), { cache: 'no-store' });
    if (!response.ok) return null;
    const info = (await response.json()) as Partial<RelayInfo>;
    return info.relay === 'common-ground-live-rooms' ? { relay: info.relay, addresses: Array.isArray(info.addresses) ? info.addresses.filter((a) => typeof a === 'string') : [] } : null;
  } catch {
    return null;
  }
}

/**
 * The presenter's side of a live room: creates it on the relay, keeps its secret, and sends the
 * trainer's commands. After a lost connection it attaches again with the secret, which gives it
 * the room as it stands. socket.io-client is loaded only when a trainer turns phones on.
 */
export class RoomLink {
  private listeners = new Set<(room: TrainerRoom) => void>();
  private connectionListeners = new Set<(connected: boolean) => void>();
  room: TrainerRoom;

  private constructor(
    private readonly socket: Socket,
    readonly code: string,
    private readonly secret: string,
    readonly joinAddress: string,
    room: TrainerRoom,
  ) {
    this.room = room;
    socket.on('room:trainer', (next: TrainerRoom) => this.update(next));
    socket.on('disconnect', () => this.connectionListeners.forEach((l) => l(false)));
    socket.on('connect', () => {
      this.connectionListeners.forEach((l) => l(true));
      void this.ask<TrainerRoom>('trainer:attach', {}).then((r) => r.ok && this.update(r.value));
    });
  }

  /** Connects to the relay at `address` and creates a room; `phoneBase` is where phones reach the same relay. */
  static async create(address: string, phoneBase: string): Promise<RoomLink> {
    const { io } = await import('socket.io-client');
    const socket = io(withSlash(address).replace(/\/$/, ''), { transports: ['websocket', 'polling'] });
    const created = (await socket.timeout(ASK_TIMEOUT_MS).emitWithAck('trainer:create', {})) as Reply<{ code: string; secret: string; room: TrainerRoom }>;
    if (!created.ok) {
      socket.close();
      throw new Error(created.reason);
    }
    const { code, secret, room } = created.value;
    return new RoomLink(socket, code, secret, `${withSlash(phoneBase)}join#${code}`, room);
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  onChange(listener: (room: TrainerRoom) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onConnection(listener: (connected: boolean) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  async openVoting(key: string, options: RoomOption[], ask: string | null): Promise<Reply<TrainerRoom>> {
    return this.command('trainer:open', { key, options, ask });
  }

  async closeVoting(): Promise<Reply<TrainerRoom>> {
    return this.command('trainer:close', {});
  }

  async hide(answer: number, hidden: boolean): Promise<Reply<TrainerRoom>> {
    return this.command('trainer:hide', { answer, hidden });
  }

  async reveal(): Promise<Reply<TrainerRoom>> {
    return this.command('trainer:reveal', {});
  }

  /** Ends the room: the code stops working and the relay forgets it. */
  async end(): Promise<void> {
    await this.command('trainer:end', {});
    this.socket.close();
  }

  private async command(name: string, body: object): Promise<Reply<TrainerRoom>> {
    const r = await this.ask<TrainerRoom>(name, body);
    if (r.ok) this.update(r.value);
    return r;
  }

  private async ask<T>(name: string, body: object): Promise<Reply<T>> {
    try {
      return (await this.socket.timeout(ASK_TIMEOUT_MS).emitWithAck(name, { ...body, code: this.code, secret: this.secret })) as Reply<T>;
    } catch {
      return { ok: false, reason: 'the relay did not answer' };
    }
  }

  private update(room: TrainerRoom): void {
    this.room = room;
    this.listeners.forEach((l) => l(room));
  }
}

function withSlash(address: string): string {
  return address.endsWith('/') ? address : `${address}/`;
}
