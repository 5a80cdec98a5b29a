import { openIndexedDbStore } from '../../storage/indexeddb-store';
import { SequenceError, StorageFullError, type LearnerStore } from '../../storage/learner-store';
import { MemoryStore } from '../../storage/memory-store';
import type { SaveState } from '../../storage/step-saver';

/** Whether what the learner does is being kept on this device, and if not, why not in plain words. */
export interface SaveStatus {
  saving: boolean;
  reason: string | null;
  /** Decisions held only in this page while the device is full; they are retried until space frees. */
  unsavedDecisions: number;
}

type Listener = (status: SaveStatus) => void;

let store: LearnerStore = new MemoryStore();
let status: SaveStatus = { saving: false, reason: 'storage has not been opened yet', unsavedDecisions: 0 };
const listeners = new Set<Listener>();

/**
 * Opens the device's store once, at start-up. If IndexedDB cannot be used the game runs on a store
 * in memory and says so; whatever is already on the device is left exactly as it was.
 */
export async function openDeviceStorage(): Promise<void> {
  try {
    store = await openIndexedDbStore({ onLost: (error) => setStatus({ saving: false, reason: error.message, unsavedDecisions: 0 }) });
    setStatus({ saving: true, reason: null, unsavedDecisions: 0 });
    void requestPersistence();
  } catch (error) {
    store = new MemoryStore();
    setStatus({ saving: false, reason: error instanceof Error ? error.message : String(error), unsavedDecisions: 0 });
  }
}

export function learnerStore(): LearnerStore {
  return store;
}

export function saveStatus(): SaveStatus {
  return status;
}

export function onSaveStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * How a session's saving stands now (step-saver.ts): a full device leaves decisions in memory to be
 * retried; any other failure means this page plays on in memory. Either way the warning says so.
 */
export function reportSaveState(state: SaveState): void {
  if (state.kind === 'saved') {
    if (status.unsavedDecisions > 0 || status.reason === FULL) setStatus({ saving: true, reason: null, unsavedDecisions: 0 });
    return;
  }
  setStatus({ saving: false, reason: describeFailure(state.reason), unsavedDecisions: state.unsavedDecisions });
}

const FULL = 'this device has run out of storage space';

function describeFailure(error: Error): string {
  if (error instanceof StorageFullError) return FULL;
  if (error instanceof SequenceError) return 'this attempt is also open in another tab or window, so only one of them can save it';
  return error.message;
}

/** Whether the device is full and decisions are waiting for space (retried, not lost). */
export function isWaitingForSpace(current: SaveStatus): boolean {
  return current.reason === FULL;
}

function setStatus(next: SaveStatus): void {
  status = next;
  for (const listener of listeners) listener(status);
}

/** Asks the browser not to clear our storage when space runs low; it may say no, and that is fine. */
async function requestPersistence(): Promise<void> {
  try {
    if (navigator.storage?.persisted && (await navigator.storage.persisted())) return;
    await navigator.storage?.persist?.();
  } catch {
    // Not offered (older browsers, some private modes): storage still works, it may just be evicted.
  }
}
