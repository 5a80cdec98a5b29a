import { openIndexedDbStore } from '../storage/indexeddb-store';
import { SequenceError, StorageFullError, type LearnerStore } from '../storage/learner-store';
import { MemoryStore } from '../storage/memory-store';

/** Whether what the learner does is being kept on this device, and if not, why not in plain words. */
export interface SaveStatus {
  saving: boolean;
  reason: string | null;
}

type Listener = (status: SaveStatus) => void;

let store: LearnerStore = new MemoryStore();
let status: SaveStatus = { saving: false, reason: 'storage has not been opened yet' };
const listeners = new Set<Listener>();

/**
 * Opens the device's store once, at start-up. If IndexedDB cannot be used the game runs on a store
 * in memory and says so; whatever is already on the device is left exactly as it was.
 */
export async function openDeviceStorage(): Promise<void> {
  try {
    store = await openIndexedDbStore({ onLost: (error) => reportNotSaved(error) });
    setStatus({ saving: true, reason: null });
    void requestPersistence();
  } catch (error) {
    store = new MemoryStore();
    setStatus({ saving: false, reason: error instanceof Error ? error.message : String(error) });
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

/** A write failed: from now on this page plays on in memory and shows the warning. */
export function reportNotSaved(error: Error): void {
  const reason =
    error instanceof StorageFullError
      ? 'this device has run out of storage space'
      : error instanceof SequenceError
        ? 'this attempt is also open in another tab or window, so only one of them can save it'
        : error.message;
  if (!status.saving && status.reason === reason) return;
  setStatus({ saving: false, reason });
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
