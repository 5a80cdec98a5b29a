import { describe, expect, it } from 'vitest';
import { SessionLog } from '../../../../src/session/session-log';
import { findSession, rememberSession } from '../../../../src/ui/services/session-registry';

describe('the live copies of sessions played in this page', () => {
  it('finds a session just played', () => {
    const log = new SessionLog();
    rememberSession('just-played', log);
    expect(findSession('just-played')).toBe(log);
  });

  it('keeps only the last three, so a long afternoon in one tab does not hold every log', () => {
    const logs = ['a', 'b', 'c', 'd'].map((id) => {
      const log = new SessionLog();
      rememberSession(id, log);
      return log;
    });
    expect(findSession('a')).toBeUndefined();
    expect(['b', 'c', 'd'].map(findSession)).toEqual(logs.slice(1));
  });

  it('counts a session remembered again as the newest', () => {
    for (const id of ['p', 'q', 'r']) rememberSession(id, new SessionLog());
    rememberSession('p', new SessionLog());
    rememberSession('s', new SessionLog());
    expect(findSession('p')).toBeDefined();
    expect(findSession('q')).toBeUndefined();
  });
});
