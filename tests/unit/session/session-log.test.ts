import { describe, expect, it } from 'vitest';
import { PlaySession } from '../../../src/session/play-session';
import { SESSION_LOG_VERSION } from '../../../src/session/session-events';
import { parseSessionLog, SessionLogFormatError } from '../../../src/session/session-log';
import { compileFixture } from '../../fixtures/compile-fixture';

function savedLog() {
  const session = PlaySession.start({ scenario: compileFixture('two-doors'), sessionId: 's1', seed: 3, mode: 'practice' });
  session.choose(0);
  return JSON.parse(JSON.stringify(session.log));
}

describe('session log files', () => {
  it('survive a round trip through JSON unchanged', () => {
    const file = savedLog();
    expect(parseSessionLog(file).toJSON()).toEqual(file);
    expect(file).toMatchObject({ format: 'common-ground/session-log', version: SESSION_LOG_VERSION });
  });

  it('refuse a log from a newer version with a clear message', () => {
    const file = { ...savedLog(), version: SESSION_LOG_VERSION + 1 };
    expect(() => parseSessionLog(file)).toThrow(/newer version of Common Ground/);
  });

  it('say where a hand-edited log stops being valid', () => {
    const file = savedLog();
    file.events[3].scores.compliance = 9;
    expect(() => parseSessionLog(file)).toThrow(SessionLogFormatError);
    expect(() => parseSessionLog(file)).toThrow(/events\.3\.scores\.compliance/);
  });

  it('refuse a vote count that names the same option twice', () => {
    const file = savedLog();
    const at = file.events[1].at;
    file.events.push({ seq: file.events.length, at, type: 'votes-recorded', decision: 1, source: 'remote', counts: [{ index: 0, hands: 2 }, { index: 0, hands: 3 }] });
    expect(() => parseSessionLog(file)).toThrow(/each option is counted once/);
  });

  it('refuse a log with a gap in its sequence', () => {
    const file = savedLog();
    file.events.splice(1, 1);
    expect(() => parseSessionLog(file)).toThrow(/gap/);
  });

  it('read a version 1 log (before step back existed) as the current version', () => {
    const file = { ...savedLog(), version: 1 };
    const log = parseSessionLog(file);
    expect(log.toJSON()).toEqual({ ...file, version: SESSION_LOG_VERSION });
  });

  it('refuse a version 1 log that claims to contain a step back', () => {
    const file = savedLog();
    file.version = 1;
    file.events.push({ seq: file.events.length, at: file.events[0].at, type: 'choice-undone', undoneSeq: 3, by: 'learner' });
    expect(() => parseSessionLog(file)).toThrow(/version 1 log cannot contain/);
  });

  it('refuse something that is not a log at all', () => {
    expect(() => parseSessionLog({ hello: 'world' })).toThrow(/not a valid session log/);
    expect(() => parseSessionLog(null)).toThrow(/not a valid session log/);
  });
});
