import { describe, expect, it } from 'vitest';
import { findScormApi, recordToScorm, type Scorm2004Api } from '../../../src/reporting/scorm-runtime';
import { decodeSuspendData, encodeSuspendData, rebuildFromSuspendData, SUSPEND_DATA_LIMIT, SuspendDataError } from '../../../src/reporting/scorm-suspend';
import { withoutTimes } from '../../../src/session/replay';
import { compileFixture } from '../../fixtures/compile-fixture';
import { playedSession, target } from './reporting-fixtures';

/** A SCORM data model in a Map: enough to see what the recorder writes, in what order. */
function fakeApi(preset: Record<string, string> = {}) {
  const values = new Map(Object.entries({ 'cmi.interactions._count': '0', ...preset }));
  const writes: string[] = [];
  const api: Scorm2004Api = {
    Initialize: () => 'true',
    Terminate: () => 'true',
    Commit: () => 'true',
    GetLastError: () => '0',
    GetErrorString: () => '',
    GetValue: (element) => values.get(element) ?? '',
    SetValue: (element, value) => {
      writes.push(element);
      values.set(element, value);
      const n = /^cmi\.interactions\.(\d+)\.id$/.exec(element)?.[1];
      if (n !== undefined) values.set('cmi.interactions._count', String(Math.max(Number(values.get('cmi.interactions._count')), Number(n) + 1)));
      return 'true';
    },
  };
  return { api, values, writes };
}

describe('SCORM suspend data', () => {
  it('rebuilds the same log from the compact form', () => {
    const session = playedSession();
    session.choose(1);
    const text = encodeSuspendData(session.log.events)!;
    const rebuilt = rebuildFromSuspendData(compileFixture('two-doors'), decodeSuspendData(text));
    expect(rebuilt.map(withoutTimes)).toEqual(session.log.events.map(withoutTimes));
  });

  it('refuses another scenario version and data that is not ours', () => {
    const session = playedSession();
    const data = decodeSuspendData(encodeSuspendData(session.log.events)!);
    expect(() => rebuildFromSuspendData(compileFixture('two-doors'), { ...data, hash: '0'.repeat(64) })).toThrow(SuspendDataError);
    expect(() => decodeSuspendData('bookmark=page3')).toThrow(/not from Common Ground/);
  });

  it('gives null rather than cut a log that no longer fits in 64,000 characters', () => {
    const session = playedSession();
    const started = session.log.events[0]!;
    const choice = { ...session.log.events[1]!, type: 'choice-made', index: 0, elapsedMs: 123456 } as never;
    const huge = [started, ...Array.from({ length: 5000 }, () => choice)];
    expect(encodeSuspendData(huge)).toBeNull();
    expect(encodeSuspendData(session.log.events)!.length).toBeLessThan(SUSPEND_DATA_LIMIT);
  });
});

describe('the SCORM recorder', () => {
  it('finds the API in a parent frame, or through the opener', () => {
    const { api } = fakeApi();
    const top = { API_1484_11: api } as { API_1484_11: unknown; parent?: unknown };
    top.parent = top;
    expect(findScormApi({ parent: { parent: top } as never })).toBe(api);
    expect(findScormApi({ parent: null, opener: top as never })).toBe(api);
    expect(findScormApi({ parent: null })).toBeNull();
  });

  it('writes one interaction per choice, the suspend data, and at the end score, completion and success', () => {
    const { api, values } = fakeApi({ 'cmi.scaled_passing_score': '0.3' });
    const session = playedSession();
    recordToScorm({ api, log: session.log, bounds: target.bounds });
    session.choose(0);
    session.choose(0);
    expect(values.get('cmi.interactions._count')).toBe('2');
    expect(values.get('cmi.interactions.0.type')).toBe('choice');
    expect(values.get('cmi.interactions.0.learner_response')).toBe('option-0');
    expect(values.get('cmi.interactions.1.timestamp')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,2})?$/);
    expect(values.get('cmi.score.scaled')).toBe('0.4167');
    expect(values.get('cmi.completion_status')).toBe('completed');
    expect(values.get('cmi.success_status')).toBe('passed');
    expect(values.get('cmi.exit')).toBe('normal');
  });

  it('adds only the new interactions when a resumed attempt is recorded again', () => {
    const session = playedSession();
    session.choose(0);
    const { api, writes } = fakeApi({ 'cmi.interactions._count': '1' });
    recordToScorm({ api, log: session.log });
    expect(writes.filter((w) => w.startsWith('cmi.interactions.0'))).toEqual([]);
    session.choose(0);
    expect(writes.filter((w) => w === 'cmi.interactions.1.id')).toHaveLength(1);
  });
});
