import { z } from '../core/zod';
import { readAddition, type AssessorAddition } from './assessor-additions';

/**
 * Where an assessor's window keeps the notes (and overrides, and a sign-off) it has written but the
 * record does not hold yet: on the device, so a reload, a closed window or a crashed browser loses
 * none of them. Each stays until the apprentice's window has stored it in the session log; each
 * carries its `additionId`, which is how the log shows it holds one already.
 */
export interface QueuedAddition {
  sessionId: string;
  addition: AssessorAddition & { additionId: string };
}

export interface NoteQueue {
  /** What waits for one session, oldest first (the order it must reach the record in). */
  list(sessionId: string): Promise<QueuedAddition[]>;
  /** Queues one behind everything already waiting. */
  add(item: QueuedAddition): Promise<void>;
  /** Takes one away (the record holds it now, or refused it); nothing if it is not there. */
  remove(additionId: string): Promise<void>;
}

const queuedSchema = z.object({ sessionId: z.string().check(z.minLength(1)), addition: z.looseObject({ additionId: z.string().check(z.minLength(1)) }) });

/**
 * A stored entry as it may be sent, or undefined if it is damaged: checked like anything else
 * that comes back from storage, so a hand-edited entry is never sent half-formed.
 */
export function readQueued(raw: unknown): QueuedAddition | undefined {
  const entry = queuedSchema.safeParse(raw);
  if (!entry.success) return undefined;
  const read = readAddition(entry.data.addition);
  if ('refused' in read || read.addition.additionId !== entry.data.addition.additionId) return undefined;
  return { sessionId: entry.data.sessionId, addition: { ...read.addition, additionId: entry.data.addition.additionId } };
}

/** The same queue in memory: for tests, and where the device offers no storage (then a reload loses it). */
export class MemoryNoteQueue implements NoteQueue {
  private readonly entries: unknown[] = [];

  async list(sessionId: string): Promise<QueuedAddition[]> {
    return this.entries.map((e) => readQueued(structuredClone(e))).filter((e): e is QueuedAddition => e?.sessionId === sessionId);
  }

  async add(item: QueuedAddition): Promise<void> {
    this.entries.push(structuredClone(item));
  }

  async remove(additionId: string): Promise<void> {
    const at = this.entries.findIndex((e) => readQueued(e)?.addition.additionId === additionId);
    if (at >= 0) this.entries.splice(at, 1);
  }
}
