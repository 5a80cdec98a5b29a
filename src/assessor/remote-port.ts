import type { SessionEvent } from '../session/session-events';
import type { AssessorAddition } from './assessor-additions';
import { webLockPresence, type HostPresence } from './host-presence';
import { channelName, Listeners, messageSchema, type AddResult, type Connection, type Message, type ObservationPort } from './observation-channel';

interface Outgoing {
  addition: AssessorAddition;
  settle(result: AddResult): void;
}

/**
 * Runs in the assessor's second window: a read-only copy of the log, in sequence order. It starts
 * from what the device has stored (so a reloaded window shows the saved notes at once) and follows
 * the apprentice's window from there. The one writer stays the apprentice's window: while it is
 * gone, notes wait here in order and are sent when it is open again, each kept until the owner says
 * it is stored or refused.
 */
export class RemotePort implements ObservationPort {
  private readonly channel: BroadcastChannel;
  private readonly list: SessionEvent[];
  private readonly listeners = new Listeners();
  private readonly outbox = new Map<string, Outgoing>();
  private state: Connection = 'waiting';
  private stopWatching: (() => void) | null = null;

  constructor(private readonly sessionId: string, stored: readonly SessionEvent[] = [], private readonly presence: HostPresence = webLockPresence) {
    this.list = [...stored];
    this.channel = new BroadcastChannel(channelName(sessionId));
    this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    this.post({ kind: 'hello' });
    // If no host holds its lock now this fires at once, rather than wait for an answer that will not come.
    this.watch();
  }

  get events(): readonly SessionEvent[] {
    return this.list;
  }

  get connection(): Connection {
    return this.state;
  }

  /** Notes sent or waiting that the apprentice's window has not yet answered. */
  get unanswered(): number {
    return this.outbox.size;
  }

  subscribe(listener: (refused?: string) => void): () => void {
    return this.listeners.add(listener);
  }

  add(addition: AssessorAddition): Promise<AddResult> {
    const id = crypto.randomUUID();
    return new Promise((settle) => {
      this.outbox.set(id, { addition, settle });
      if (this.state !== 'not-connected') this.post({ kind: 'add', id, addition });
    });
  }

  close(): void {
    this.stopWatching?.();
    this.channel.close();
  }

  private watch(): void {
    if (this.stopWatching) return;
    this.stopWatching = this.presence.watch(this.sessionId, () => this.lost());
  }

  private lost(): void {
    this.stopWatching = null;
    if (this.state !== 'not-connected') {
      this.state = 'not-connected';
      this.listeners.notify();
    }
    // A host that had only just started may not have held its lock yet: if it is there, it answers.
    this.post({ kind: 'hello' });
  }

  /** Heard from the owner: after a gap, everything that waited is sent again, in the order made. */
  private heard(): boolean {
    if (this.state === 'connected') return false;
    this.state = 'connected';
    this.watch();
    for (const [id, { addition }] of this.outbox) this.post({ kind: 'add', id, addition });
    return true;
  }

  private receive(data: unknown): void {
    const message = messageSchema.safeParse(data);
    if (!message.success || message.data.kind === 'hello' || message.data.kind === 'add') return;
    const reconnected = this.heard();
    const { data: m } = message;
    if (m.kind === 'events') {
      if (this.merge(m.events) || reconnected) this.listeners.notify();
      return;
    }
    const outgoing = this.outbox.get(m.id);
    if (reconnected && !outgoing) this.listeners.notify();
    if (!outgoing) return;
    this.outbox.delete(m.id);
    outgoing.settle(m.kind === 'added' ? { kind: 'added' } : { kind: 'refused', reason: m.reason });
    if (m.kind === 'refused') this.listeners.notify(m.reason);
  }

  /**
   * Takes the events that come next in sequence; on a gap, asks for everything again. A whole log
   * (from seq 0) is the owner's and replaces the copy: after a crash it may hold less than this
   * window had, if saving had failed there.
   */
  private merge(incoming: readonly SessionEvent[]): boolean {
    let changed = false;
    if (incoming[0]?.seq === 0) this.list.length = 0;
    for (const event of incoming) {
      if (event.seq < this.list.length) continue;
      if (event.seq > this.list.length) {
        this.post({ kind: 'hello' });
        break;
      }
      this.list.push(event);
      changed = true;
    }
    return changed;
  }

  private post(message: Message): void {
    this.channel.postMessage(message);
  }
}
