import { afterEach, describe, expect, it } from 'vitest';
import { MemoryNoteQueue, type NoteQueue } from '../../../src/assessor/note-queue';
import { ObservationHost } from '../../../src/assessor/observation-channel';
import { RemotePort } from '../../../src/assessor/remote-port';
import type { SessionEvent } from '../../../src/session/session-events';
import { buildWitnessRecord } from '../../../src/assessor/witness-record';
import { FakePresence, until } from '../../fixtures/observation-doubles';
import { observedSession } from '../../fixtures/observed-session';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((o) => o.close()));

const note = (subjectSeq: number, notes: string) => ({ type: 'assessor-annotated' as const, subjectSeq, notes, judgements: [], addedKsbs: [] });
const notesIn = (events: readonly SessionEvent[]) => events.flatMap((e) => (e.type === 'assessor-annotated' ? [e.notes] : []));

/** An observed session whose apprentice's window has gone, and an assessor's window that has noticed. */
async function apprenticeGone(sessionId: string, queue: NoteQueue) {
  const { session, second } = observedSession({ sign: false });
  const presence = new FakePresence();
  const host = new ObservationHost(sessionId, session.log, null, presence);
  const panel = new RemotePort(sessionId, { stored: session.log.events, queue, presence });
  open.push(panel);
  await until(() => panel.connection === 'connected');
  host.close();
  await until(() => panel.connection === 'not-connected');
  return { log: session.log, second, presence, panel };
}

/** The assessor's window opened again on what the device holds, as after a reload or a crash. */
async function reopened(sessionId: string, queue: NoteQueue, stored: readonly SessionEvent[], presence: FakePresence) {
  const panel = new RemotePort(sessionId, { stored, queued: await queue.list(sessionId), queue, presence });
  open.push(panel);
  return panel;
}

describe('notes written while the apprentice’s window is gone', () => {
  it('are kept on the device as soon as they are written, and say so', async () => {
    const queue = new MemoryNoteQueue();
    const { second, panel } = await apprenticeGone('obs-kept', queue);
    void panel.add(note(second.seq, 'Written while the screen was closed.'));
    expect(panel.waiting.map((w) => w.kept)).toEqual(['storing']);
    await until(() => panel.waiting[0]?.kept === 'on-device');
    const stored = await queue.list('obs-kept');
    expect(stored.map((q) => q.addition.type === 'assessor-annotated' && q.addition.notes)).toEqual(['Written while the screen was closed.']);
    expect(stored[0]!.addition.additionId).toBe(panel.waiting[0]!.addition.additionId);
    expect(panel.unstored).toBe(0);
  });

  it('outlive the assessor’s window: the next one shows them waiting, delivers them once, and empties the queue', async () => {
    const queue = new MemoryNoteQueue();
    const { log, second, presence, panel } = await apprenticeGone('obs-crash', queue);
    void panel.add(note(second.seq, 'Before the crash.'));
    await until(() => panel.waiting[0]?.kept === 'on-device');
    panel.close();

    const again = await reopened('obs-crash', queue, log.events, presence);
    await until(() => again.connection === 'not-connected');
    expect(again.waiting.map((w) => [w.addition.type === 'assessor-annotated' && w.addition.notes, w.kept])).toEqual([['Before the crash.', 'on-device']]);

    const before = log.events.length;
    open.push(new ObservationHost('obs-crash', log, null, presence));
    await until(() => again.waiting.length === 0 && again.events.length === log.events.length);
    expect(notesIn(log.events.slice(before))).toEqual(['Before the crash.']);
    await expect.poll(() => queue.list('obs-crash')).toEqual([]);
  });

  it('go into the record once when the owner stored one but its answer was lost with the window', async () => {
    const queue = new MemoryNoteQueue();
    const { log, second, presence, panel } = await apprenticeGone('obs-lost-answer', queue);
    void panel.add(note(second.seq, 'Stored, answer lost.'));
    await until(() => panel.waiting[0]?.kept === 'on-device');
    panel.close();
    // The owner took it and stored it; the window went before hearing so. The queue still has it.
    const [queued] = await queue.list('obs-lost-answer');
    log.append(queued!.addition);

    const again = await reopened('obs-lost-answer', queue, log.events, presence);
    expect(again.waiting).toEqual([]);
    const count = log.events.length;
    open.push(new ObservationHost('obs-lost-answer', log, null, presence));
    await until(() => again.connection === 'connected' && again.events.length === count);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(log.events.length).toBe(count);
    await expect.poll(() => queue.list('obs-lost-answer')).toEqual([]);
  });

  it('are recorded once when two assessor’s windows hold the same queue and both send them', async () => {
    const queue = new MemoryNoteQueue();
    const { log, second, presence, panel } = await apprenticeGone('obs-two', queue);
    void panel.add(note(second.seq, 'Only once.'));
    await until(() => panel.waiting[0]?.kept === 'on-device');
    const other = await reopened('obs-two', queue, log.events, presence);
    const before = log.events.length;
    open.push(new ObservationHost('obs-two', log, null, presence));
    await until(() => panel.waiting.length === 0 && other.waiting.length === 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(notesIn(log.events.slice(before))).toEqual(['Only once.']);
    expect(new Set(log.events.flatMap((e) => ('additionId' in e && e.additionId ? [e.additionId] : []))).size).toBe(1);
  });

  it('reach the record in the order written, even from two windows, so an older note never replaces a newer one', async () => {
    const queue = new MemoryNoteQueue();
    const { log, second, presence, panel } = await apprenticeGone('obs-order', queue);
    // A second assessor's window writes the older note; the first, heard first when the apprentice's
    // window is back, learns of it only from the device's queue.
    const other = await reopened('obs-order', queue, log.events, presence);
    await until(() => other.connection === 'not-connected');
    void other.add(note(second.seq, 'Older.'));
    await until(() => other.waiting[0]?.kept === 'on-device');
    void panel.add(note(second.seq, 'Newer.'));
    await until(() => panel.waiting.at(-1)?.kept === 'on-device');
    const before = log.events.length;
    open.push(new ObservationHost('obs-order', log, null, presence));
    await until(() => panel.waiting.length === 0 && other.waiting.length === 0);
    expect(notesIn(log.events.slice(before))).toEqual(['Older.', 'Newer.']);
    const decision = buildWitnessRecord(log.events).decisions.find((d) => d.choiceSeq === second.seq);
    expect(decision?.annotation?.notes).toBe('Newer.');
  });

  it('wait in the window, and say so, when the device cannot store them', async () => {
    const failing: NoteQueue = { list: async () => [], add: () => Promise.reject(new Error('quota')), remove: async () => undefined };
    const { log, second, presence, panel } = await apprenticeGone('obs-no-room', failing);
    const added = panel.add(note(second.seq, 'Kept here.'));
    await until(() => panel.waiting[0]?.kept === 'in-window');
    expect(panel.unstored).toBe(1);
    open.push(new ObservationHost('obs-no-room', log, null, presence));
    expect(await added).toEqual({ kind: 'added' });
    expect(notesIn(log.events).at(-1)).toBe('Kept here.');
  });
});
