import { z } from 'zod';
import { sessionEventSchema, type SessionEvent } from '../session/session-events';
import type { SessionLog } from '../session/session-log';
import { checkAddition, type AssessorAddition } from './assessor-additions';

/**
 * Keeps an assessor's panel in step with the apprentice's screen through a BroadcastChannel (same
 * browser, same device; nothing leaves it). The apprentice's window owns the one session log and
 * is the only writer, so sequence numbers and the hash chain stay simple: it sends every event as it
 * is appended, and the panel sends its notes back as requests that the owner checks and appends.
 * A panel only ever shows what the log really holds.
 */
function channelName(sessionId: string): string {
  return `common-ground.observation.${sessionId}`;
}

const messageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hello') }),
  z.object({ kind: z.literal('events'), events: z.array(sessionEventSchema) }),
  z.object({ kind: z.literal('add'), addition: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal('refused'), reason: z.string() }),
]);
type Message = z.infer<typeof messageSchema>;

/** What an assessor's panel works with, whether the log is in this window or another. */
export interface ObservationPort {
  readonly events: readonly SessionEvent[];
  /** Called after every change to `events`, and with a reason when an addition was refused. */
  subscribe(listener: (refused?: string) => void): () => void;
  add(addition: AssessorAddition): void;
  close(): void;
}

class Listeners {
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
  private readonly listeners = new Listeners();
  private readonly stop: () => void;

  constructor(private readonly log: SessionLog) {
    this.stop = log.onAppend(() => this.listeners.notify());
  }

  get events(): readonly SessionEvent[] {
    return this.log.events;
  }

  subscribe(listener: (refused?: string) => void): () => void {
    return this.listeners.add(listener);
  }

  add(addition: AssessorAddition): void {
    const checked = checkAddition(this.log.events, addition);
    if ('refused' in checked) this.listeners.notify(checked.refused);
    else this.log.append(checked.addition);
  }

  close(): void {
    this.stop();
  }
}

/** Runs in the apprentice's window: shares the log and appends what panels send, once checked. */
export class ObservationHost {
  private readonly channel: BroadcastChannel;
  private readonly stop: () => void;

  constructor(sessionId: string, private readonly log: SessionLog) {
    this.channel = new BroadcastChannel(channelName(sessionId));
    this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    this.stop = log.onAppend((appended) => this.send({ kind: 'events', events: [appended] }));
    this.send({ kind: 'events', events: [...log.events] });
  }

  close(): void {
    this.stop();
    this.channel.close();
  }

  private receive(data: unknown): void {
    const message = messageSchema.safeParse(data);
    if (!message.success) return;
    if (message.data.kind === 'hello') this.send({ kind: 'events', events: [...this.log.events] });
    if (message.data.kind === 'add') {
      const checked = checkAddition(this.log.events, message.data.addition);
      if ('refused' in checked) this.send({ kind: 'refused', reason: checked.refused });
      else this.log.append(checked.addition);
    }
  }

  private send(message: Message): void {
    this.channel.postMessage(message);
  }
}

/** Runs in the assessor's second window: a read-only copy of the log, in sequence order. */
export class RemotePort implements ObservationPort {
  private readonly channel: BroadcastChannel;
  private readonly list: SessionEvent[] = [];
  private readonly listeners = new Listeners();

  constructor(sessionId: string) {
    this.channel = new BroadcastChannel(channelName(sessionId));
    this.channel.onmessage = (event: MessageEvent) => this.receive(event.data);
    this.channel.postMessage({ kind: 'hello' } satisfies Message);
  }

  get events(): readonly SessionEvent[] {
    return this.list;
  }

  subscribe(listener: (refused?: string) => void): () => void {
    return this.listeners.add(listener);
  }

  add(addition: AssessorAddition): void {
    this.channel.postMessage({ kind: 'add', addition } satisfies Message);
  }

  close(): void {
    this.channel.close();
  }

  private receive(data: unknown): void {
    const message = messageSchema.safeParse(data);
    if (!message.success) return;
    if (message.data.kind === 'refused') return this.listeners.notify(message.data.reason);
    if (message.data.kind !== 'events') return;
    if (this.merge(message.data.events)) this.listeners.notify();
  }

  /** Takes the events that come next in sequence; on a gap, asks for everything again. */
  private merge(incoming: readonly SessionEvent[]): boolean {
    let changed = false;
    for (const event of incoming) {
      if (event.seq < this.list.length) continue;
      if (event.seq > this.list.length) {
        this.channel.postMessage({ kind: 'hello' } satisfies Message);
        break;
      }
      this.list.push(event);
      changed = true;
    }
    return changed;
  }
}
