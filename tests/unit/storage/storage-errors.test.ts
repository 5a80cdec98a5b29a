import { describe, expect, it } from 'vitest';
import { StorageFullError, StorageUnavailableError } from '../../../src/storage/learner-store';
import { classifyStorageError } from '../../../src/storage/storage-errors';

describe('classifyStorageError', () => {
  it('reads a quota error as a full device', () => {
    expect(classifyStorageError(new DOMException('over quota', 'QuotaExceededError'))).toBeInstanceOf(StorageFullError);
  });

  it.each(['InvalidStateError', 'VersionError', 'SecurityError', 'UnknownError'])('reads %s as storage being unavailable', (name) => {
    expect(classifyStorageError(new DOMException('x', name))).toBeInstanceOf(StorageUnavailableError);
  });

  it('passes anything else on unchanged', () => {
    const error = new TypeError('a bug');
    expect(classifyStorageError(error)).toBe(error);
  });
});
