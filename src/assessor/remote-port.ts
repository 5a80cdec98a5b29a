import type { SessionEvent } from '../session/session-events';
import { alreadyAdded, type AssessorAddition } from './assessor-additions';
import { webLockPresence, type HostPresence } from './host-presence';
import type { NoteQueue, QueuedAddition } from './note-queue';
import { channelName, Listeners, messageSchema, type AddResult, type Connection, type Kept, type Message, type ObservationPort, type Waiting } from './observation-channel';

interface Outgoing {
  addition: QueuedAddition['addition'];
  kept: Kept;
  settle(result: AddResult): void;
}

export interface RemotePortOptions {
  /** The session's log as the device has stored it. */
  stored?: readonly SessionEvent[];
  /** What the device's queue held for this session when the window opened, oldest first. */
  queued?: readonly QueuedAddition[];
  /** Where what waits is kept on the device; without one it waits in this window only. */
  queue?: NoteQueue;
  presence?: HostPresence;
}

/**
 * Runs in the assessor's second window: a read-only copy of the log, in sequence order. It starts
 * from what the device has stored (so a reloaded window shows the saved notes at once) and follows
 * the apprentice's window from there. The one writer stays the apprentice's window: every note
 * waits in the device's queue, in order, until that window says it is stored (or refused), or the
 * log shows it holds it; while that window is gone they are sent when it is open again. A note sent
 * twice (after a crash, or by a second assessor's window) carries one id, so it is recorded once.
 */
export class RemotePort implements ObservationPort {
  private readonly channel: BroadcastChannel;
  private readonly list: SessionEvent[];
  private readonly listeners = new Listeners();
  private readonly outbox = new Map<string, Outgoing>();
  private readonly queue: NoteQueue | null;
  private readonly presence: HostPresence;
  /** See inTurn: a note is never taken away before it was put there, nor sent before an older one. */
  private turns: Promise<void> = Promise.resolve();
  private state: Connection = 'waiting';
  private stopWatching: (() => void) | null = null;

  constructor(private readonly sessionId: string, options: RemotePortOptions = {}) {
    this.list = [...(options.stored ?? [])];
    this.queue = options.queue ?? null;
    this.presence = options.presence ?? webLockPresence;
    for (const { addition } of options.queued ?? []) this.outbox.set(addition.additionId, { addition, kept: 'on-device', settle: () => undefined });
    this.dropRecorded();
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

  /** Notes the record does not hold yet, oldest first, and whether each is kept on the device. */
  get waiting(): readonly Waiting[] {
    return [...this.outbox.values()].map(({ addition, kept }) => ({ addition, kept }));
  }

  /** Notes that would be lost with this window: not in the record and not (yet) kept on the device. */
  get unstored(): number {
    return [...this.outbox.values()].filter((o) => o.kept !== 'on-device').length;
  }

  subscribe(listener: (refused?: string) => void): () => void {
    return this.listeners.add(listener);
  }

  add(addition: AssessorAddition): Promise<AddResult> {
    const additionId = crypto.randomUUID();
    return new Promise((settle) => {
      const outgoing: Outgoing = { addition: { ...addition, additionId }, kept: this.queue ? 'storing' : 'in-window', settle };
      this.outbox.set(additionId, outgoing);
      // Kept on the device first, then sent: in one line with any resend, so notes reach the record in the order written.
      this.inTurn(async () => {
        await this.keep(outgoing);
        if (this.state !== 'not-connected' && this.outbox.has(additionId)) this.post({ kind: 'add', id: additionId, addition: outgoing.addition });
      });
    });
  }

  close(): void {
    this.stopWatching?.();
    this.channel.close();
  }

  /**
   * Puts a new note in the device's queue and says where it is kept once that is settled, as the
   * forms show it. If storing fails the note still waits, in this window, as it did before there
   * was a queue, and `unstored` counts it, so leaving the window asks first.
   */
  private async keep(outgoing: Outgoing): Promise<void> {
    if (!this.queue || !this.outbox.has(outgoing.addition.additionId)) return;
    outgoing.kept = await this.queue.add({ sessionId: this.sessionId, addition: outgoing.addition }).then(
      () => 'on-device' as const,
      () => 'in-window' as const,
    );
    if (this.outbox.has(outgoing.addition.additionId)) this.listeners.notify();
  }

  /** Queue reads and writes and the sends that depend on them, one after another, in the order asked. */
  private inTurn(work: () => Promise<void>): void {
    this.turns = this.turns.then(work).catch(() => undefined);
  }

  /**
   * After a gap, everything that waits is sent again, in the order the device's queue has it: that
   * holds what other assessor's windows wrote meanwhile too, so whichever window is heard first,
   * an older note never reaches the record after a newer one.
   */
  private resend(): void {
    this.inTurn(async () => {
      if (this.queue) this.takeQueue(await this.queue.list(this.sessionId).catch(() => []));
      if (this.dropRecorded()) this.listeners.notify();
      // Sent even if the owner seems gone again by now (its lock may not be held yet): a repeat is harmless.
      for (const [id, { addition }] of this.outbox) this.post({ kind: 'add', id, addition });
    });
  }

  /** The queue's order first (anything new from it waits here too), then what this window could not store. */
  private takeQueue(queued: readonly QueuedAddition[]): void {
    const before = new Map(this.outbox);
    this.outbox.clear();
    for (const { addition } of queued) {
      const mine = before.get(addition.additionId);
      before.delete(addition.additionId);
      this.outbox.set(addition.additionId, mine ?? { addition, kept: 'on-device', settle: () => undefined });
    }
    for (const [id, outgoing] of before) this.outbox.set(id, outgoing);
  }

  private forget(additionId: string): void {
    const queue = this.queue;
    if (queue) this.inTurn(() => queue.remove(additionId));
  }

  /** Settles what the log already holds: the owner stored it, but its answer never reached this window. */
  private dropRecorded(): boolean {
    let dropped = false;
    for (const [id, outgoing] of this.outbox) {
      if (!alreadyAdded(this.list, id)) continue;
      this.settle(id, outgoing, { kind: 'added' });
      dropped = true;
    }
    return dropped;
  }

  private settle(id: string, outgoing: Outgoing, result: AddResult): void {
    this.outbox.delete(id);
    this.forget(id);
    outgoing.settle(result);
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

  /** Heard from the owner: after a gap, everything that waited is sent again. */
  private heard(): boolean {
    if (this.state === 'connected') return false;
    this.state = 'connected';
    this.watch();
    this.resend();
    return true;
  }

  private receive(data: unknown): void {
    const message = messageSchema.safeParse(data);
    if (!message.success || message.data.kind === 'hello' || message.data.kind === 'add') return;
    const { data: m } = message;
    if (m.kind === 'events') {
      // Merged first, so what the owner's log already holds is not sent to it again.
      const changed = this.merge(m.events);
      if (changed) this.dropRecorded();
      if (this.heard() || changed) this.listeners.notify();
      return;
    }
    const reconnected = this.heard();
    const outgoing = this.outbox.get(m.id);
    if (reconnected && !outgoing) this.listeners.notify();
    if (!outgoing) return;
    this.settle(m.id, outgoing, m.kind === 'added' ? { kind: 'added' } : { kind: 'refused', reason: m.reason });
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
