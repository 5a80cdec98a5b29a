import type { SessionEvent } from '../session/session-events';
import type { SessionLog } from '../session/session-log';
import type { LearnerStore } from './learner-store';
import { classifyStorageError } from './storage-errors';

interface AutosaveOptions {
  store: LearnerStore;
  profileId: string;
  log: SessionLog;
  /** How many of the log's events are already stored: 0 for a new session, more for a resumed one. */
  storedCount: number;
  /** Called once, on the first write that fails; nothing more is written for this session after it. */
  onFailure: (error: Error) => void;
}

export interface Autosave {
  /** Resolves when every event appended so far has been written (or writing has stopped). */
  settled(): Promise<void>;
  stop(): void;
}

/**
 * Saves a session as it is played: every event the log gains is written in its own transaction,
 * in order, as soon as the one before it is done. If a write fails (a full device, storage taken
 * away) writing stops there, so what is stored stays an unbroken prefix of the log that a later
 * visit can resume; the game itself carries on in memory.
 */
export function startAutosave(options: AutosaveOptions): Autosave {
  const { store, profileId, log } = options;
  const sessionId = log.started.sessionId;
  let queue = Promise.resolve();
  let failed = false;

  const write = (event: SessionEvent) => {
    queue = queue.then(async () => {
      if (failed) return;
      try {
        if (event.seq === 0) await store.beginSession(profileId, event);
        else await store.appendEvent(sessionId, event);
      } catch (error) {
        failed = true;
        options.onFailure(classifyStorageError(error));
      }
    });
  };

  log.events.slice(options.storedCount).forEach(write);
  const unsubscribe = log.onAppend(write);
  return {
    settled: () => queue,
    stop: unsubscribe,
  };
}
