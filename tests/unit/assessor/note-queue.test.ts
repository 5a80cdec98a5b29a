import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IdbNoteQueue } from '../../../src/assessor/note-queue-idb';
import { MemoryNoteQueue, readQueued, type NoteQueue, type QueuedAddition } from '../../../src/assessor/note-queue';

const note = (sessionId: string, additionId: string, notes: string): QueuedAddition => ({
  sessionId,
  addition: { type: 'assessor-annotated', subjectSeq: 3, notes, judgements: [{ code: 'P-S8', judgement: 'met' }], addedKsbs: [], additionId },
});

let names = 0;
const queues: [string, () => NoteQueue][] = [
  ['in memory', () => new MemoryNoteQueue()],
  ['in IndexedDB', () => new IdbNoteQueue(`note-queue-test-${names++}`)],
];

describe.each(queues)('the assessor’s note queue %s', (_where, make) => {
  it('gives back one session’s notes oldest first, each as it was queued', async () => {
    const queue = make();
    await queue.add(note('obs-1', 'a', 'First.'));
    await queue.add(note('obs-2', 'b', 'Another session.'));
    await queue.add(note('obs-1', 'c', 'Second.'));
    expect(await queue.list('obs-1')).toEqual([note('obs-1', 'a', 'First.'), note('obs-1', 'c', 'Second.')]);
    expect(await queue.list('obs-3')).toEqual([]);
  });

  it('takes away the one the record now holds, and nothing else', async () => {
    const queue = make();
    await queue.add(note('obs-1', 'a', 'First.'));
    await queue.add(note('obs-1', 'c', 'Second.'));
    await queue.remove('a');
    await queue.remove('not-there');
    expect((await queue.list('obs-1')).map((q) => q.addition.additionId)).toEqual(['c']);
  });
});

describe('the note queue in IndexedDB', () => {
  it('is still there when the window opens again (a new connection to the same database)', async () => {
    await new IdbNoteQueue('note-queue-reopen').add(note('obs-1', 'a', 'Written before the crash.'));
    expect(await new IdbNoteQueue('note-queue-reopen').list('obs-1')).toEqual([note('obs-1', 'a', 'Written before the crash.')]);
  });

  it('keeps one entry per addition id', async () => {
    const queue = new IdbNoteQueue('note-queue-once');
    await queue.add(note('obs-1', 'a', 'Once.'));
    await expect(queue.add(note('obs-1', 'a', 'Twice.'))).rejects.toThrow();
    expect((await queue.list('obs-1')).map((q) => q.addition.type === 'assessor-annotated' && q.addition.notes)).toEqual(['Once.']);
  });
});

describe('reading a queued note back from storage', () => {
  it('drops unknown fields and skips a damaged entry rather than send it half-formed', () => {
    const good = note('obs-1', 'a', 'Fine.');
    expect(readQueued({ ...good, addition: { ...good.addition, extra: true } })).toEqual(good);
    expect(readQueued({ ...good, addition: { ...good.addition, type: 'choice-made' } })).toBeUndefined();
    expect(readQueued({ ...good, addition: { ...good.addition, additionId: undefined } })).toBeUndefined();
    expect(readQueued({ addition: good.addition })).toBeUndefined();
  });
});
