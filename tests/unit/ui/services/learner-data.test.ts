import { describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../../../src/scoring/attempt-summary';
import { describeProblem, latestUnfinished } from '../../../../src/ui/services/learner-data';

const amira = { id: 'p1', displayName: 'Amira', pin: null, createdAt: '2026-11-01T09:00:00Z' };

describe('describeProblem', () => {
  it('names the profile and the attempt, says what is wrong and that it was left alone', () => {
    expect(describeProblem({ profileId: 'p1', sessionId: 's9', problem: 'event 4 is damaged (text: expected string)' }, [amira])).toBe(
      'Could not read the attempt saved as s9 in Amira’s profile: event 4 is damaged (text: expected string). It has been skipped and left as it is.',
    );
  });

  it('falls back to the id when the profile itself cannot be read', () => {
    expect(describeProblem({ profileId: 'p2', sessionId: null, problem: 'the profile record is damaged' }, [amira])).toMatch(/^Could not read profile p2: the profile record is damaged\./);
  });
});

describe('latestUnfinished', () => {
  const attempt = (sessionId: string, finished: boolean, lastAt: string) => ({ sessionId, finished, lastAt }) as AttemptSummary;

  it('is the unfinished attempt played most recently', () => {
    expect(latestUnfinished([attempt('a', false, '2026-11-01'), attempt('b', true, '2026-11-03'), attempt('c', false, '2026-11-02')])?.sessionId).toBe('c');
  });

  it('is nothing when every attempt is finished', () => {
    expect(latestUnfinished([attempt('a', true, '2026-11-01')])).toBeNull();
  });
});
