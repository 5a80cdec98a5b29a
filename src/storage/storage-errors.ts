import { StorageFullError, StorageUnavailableError } from './learner-store';

/**
 * Turns what IndexedDB throws into the few things the game needs to tell a learner. Browsers
 * report a full disk as QuotaExceededError (sometimes only as the reason a transaction aborted).
 */
export function classifyStorageError(error: unknown): Error {
  if (error instanceof StorageFullError || error instanceof StorageUnavailableError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'QuotaExceededError':
      return new StorageFullError();
    case 'InvalidStateError':
    case 'UnknownError':
      return new StorageUnavailableError('the browser closed its connection to this device’s storage');
    case 'VersionError':
      return new StorageUnavailableError('the data on this device was saved by a newer version of Common Ground, which this copy cannot read');
    case 'SecurityError':
    case 'InvalidAccessError':
      return new StorageUnavailableError('this browser does not allow saving here (private browsing, or storage turned off)');
    default:
      return error instanceof Error ? error : new Error(String(error));
  }
}
