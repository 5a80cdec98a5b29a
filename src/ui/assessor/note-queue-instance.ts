import { IdbNoteQueue } from '../../assessor/note-queue-idb';
import { MemoryNoteQueue, type NoteQueue } from '../../assessor/note-queue';

/** The assessor's waiting notes on this device, shared by every window of the app (in memory where there is no IndexedDB). */
export const noteQueue: NoteQueue = typeof indexedDB === 'undefined' ? new MemoryNoteQueue() : new IdbNoteQueue();
