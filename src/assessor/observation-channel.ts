import { z } from '../core/zod';
import { sessionEventSchema, type SessionEvent } from '../session/session-events';
import type { SessionLog } from '../session/session-log';
import { alreadyAdded, checkAddition, type AssessorAddition } from './assessor-additions';
import { webLockPresence, type HostPresence } from './host-presence';

/**
 * Keeps an assessor's panel in step with the apprentice's screen through a BroadcastChannel (same
 * browser, same device; nothing leaves it). The apprentice's window owns the one session log and
 * is the only writer, so sequence numbers and the hash chain stay simple: it sends every event once
 * it is stored, and the panel sends its notes back as requests that the owner checks, appends,
 * stores and then answers. A panel only ever shows what the log really holds.
 */
export function channelName(sessionId: string): string {
  return `common-ground.observation.${sessionId}`;
}

export const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello') }),
  z.object({ kind: z.literal('events'), events: z.array(sessionEventSchema) }),
  z.object({ kind: z.literal('add'), id: z.string(), addition: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal('added'), id: z.string() }),
  z.object({ kind: z.literal('refused'), id: z.string(), reason: z.string() }),
]);
export type Message = z.infer<typeof messageSchema>;

/** What became of an addition: in the record (and stored, where the session is), or refused and why. */
export type AddResult = { kind: 'added' } | { kind: 'refused'; reason: string };

/**
 * Whether the log's owner can be reached: 'waiting' before it has been heard from, 'connected',
 * or 'not-connected' once its window has gone (closed, reloaded or crashed).
 */
export type Connection = 'waiting' | 'connected' | 'not-connected';

/** Anything that makes what the log holds durable (the session's StepSaver); null if nothing is stored. */
export interface LogSaver {
  commit(): Promise<unknown>;
}

/**
 * An addition the record does not hold yet, and where it is kept meanwhile: being put on the
 * device, on the device (it outlives the window), or in the window only (the device could not
 * store it, or there is no queue).
 */
export interface Waiting {
  addition: AssessorAddition;
  kept: Kept;
}
export type Kept = 'storing' | 'on-device' | 'in-window';

/** What an assessor's panel works with, whether the log is in this window or another. */
export interface ObservationPort {
  readonly events: readonly SessionEvent[];
  readonly connection: Connection;
  /** Additions sent or queued that the record does not hold yet, oldest first (a reloaded window's included). */
  readonly waiting: readonly Waiting[];
  /** Called after every change to `events` or `connection`, and with a reason when an addition was refused. */
  subscribe(listener: (refused?: string) => void): () => void;
  /** Settles once the addition is in the record, or refused; while the owner is away it waits for it. */
  add(addition: AssessorAddition): Promise<AddResult>;
  close(): void;
}

export class Listeners {
  private readonly list = new Set<(refused?: string) => void>();
  add(listener: (refused?: string) => void): () => void {
    this.list.add(listener);
    return () => this.list.delete(listener);
  }
  notify(refused?: string): void {
    for (const listener of this.list) listener(refused);
  }
}

/** A panel in the same window as the log (the hideable side panel). */
export class LocalPort implements ObservationPort {
  readonly connection = 'connected';
  // Appended at once, in this window: nothing ever waits.
  readonly waiting: readonly Waiting[] = [];
  private readonly listeners = new Listeners();
  private readonly stop: () => void;

  constructor(private readonly log: SessionLog, private readonly saver: LogSaver | null = null) {
    this.stop = log.onAppend(() => this.listeners.notify());
  }

  get events(): readonly SessionEvent[] {
    return this.log.events;
  }

  subscribe(listener: (refused?: string) => void): () => void {
    return this.listeners.add(listener);
  }

  async add(addition: AssessorAddition): Promise<AddResult> {
    const checked = checkAddition(this.log.events, addition);
    if ('refused' in checked) {
      this.listeners.notify(checked.refused);
      return { kind: 'refused', reason: checked.refused };
    }
    this.log.append(checked.addition);
    await this.saver?.commit();
    return { kind: 'added' };
  }

  close(): void {
    this.stop();
  }
}

/**
 * Runs in the apprentice's window: shares the log and appends what panels send, once checked. An
 * event is shared only once `saver` has stored it, so a panel never shows (or calls saved) what a
 * crash could still lose; an addition is answered only once it is stored too.
 */
export class ObservationHost {
  private readonly channel: BroadcastChannel;
  private readonly stop: () => void;
  private readonly release: () => void;
  private shared = 0;
  private sharing: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(sessionId: string, private readonly log: SessionLog, private readonly saver: LogSaver | null = null, presence: HostPresence = webLockPresence) {
    // Held before anything is sent, so a panel that hears from this host finds the lock taken.
    this.release = presence.hold(sessionId);
    this.channel = new BroadcastChannel(channelName(sessionId));
    this.channel.onmessage = (event: MessageEvent) => void this.receive(event.data);
    this.stop = log.onAppend(() => (this.sharing = this.share()));
    this.sharing = this.share();
  }

  close(): void {
    this.closed = true;
    this.stop();
    this.channel.close();
    this.release();
  }

  private async share(): Promise<void> {
    await this.saver?.commit();
    const fresh = this.log.events.slice(this.shared);
    if (fresh.length === 0 || this.closed) return;
    this.shared += fresh.length;
    this.send({ kind: 'events', events: [...fresh] });
  }

  private async receive(data: unknown): Promise<void> {
    const message = messageSchema.safeParse(data);
    if (!message.success) return;
    if (message.data.kind === 'hello') return this.send({ kind: 'events', events: this.log.events.slice(0, this.shared) });
    if (message.data.kind !== 'add') return;
    const { id, addition } = message.data;
    // Sent again (the answer was lost with a window or a crash, or a second window sent it too): held once.
    if (typeof addition.additionId === 'string' && alreadyAdded(this.log.events, addition.additionId)) {
      await this.sharing;
      return this.send({ kind: 'added', id });
    }
    const checked = checkAddition(this.log.events, addition);
    if ('refused' in checked) return this.send({ kind: 'refused', id, reason: checked.refused });
    this.log.append(checked.addition);
    await this.sharing;
    this.send({ kind: 'added', id });
  }

  private send(message: Message): void {
    if (!this.closed) this.channel.postMessage(message);
  }
}
