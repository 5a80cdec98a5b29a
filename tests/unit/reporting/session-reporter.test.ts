import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, connectLrs } from '../../../src/reporting/lrs-client';
import { startReporting } from '../../../src/reporting/session-reporter';
import { statementsForLog } from '../../../src/reporting/session-statements';
import { openQueueStore } from '../../../src/reporting/statement-queue-idb';
import { StatementSender } from '../../../src/reporting/statement-sender';
import { SessionLog } from '../../../src/session/session-log';
import { startTestLrs, type TestLrs } from '../../lrs/test-lrs';
import { playedSession, target } from './reporting-fixtures';

let lrs: TestLrs;
beforeAll(async () => {
  lrs = await startTestLrs({ key: 'device-key', secret: 'device-secret' });
});
afterAll(() => lrs.close());

describe('reporting a session to an LRS', () => {
  it('delivers every statement once, in order, after the network comes back, and again after a reload mid-session', async () => {
    let online = false;
    const fetcher: typeof fetch = (input, init) => (online ? fetch(input, init) : Promise.reject(new TypeError('offline')));
    const client = await connectLrs({ endpoint: lrs.endpoint, authorization: basicAuthorization('device-key', 'device-secret') }, fetcher);
    const queue = await openQueueStore('reporter-e2e');
    const sender = new StatementSender({ queue, send: (s) => client.sendStatements(s), schedule: () => () => {} });

    const session = playedSession('practice', 'reported-1');
    const reporter = startReporting({ log: session.log, queue, target, onQueued: () => void sender.kick() });
    session.choose(0);
    await reporter.settled();
    await sender.kick();
    expect(sender.current.lastError).toMatch(/Could not reach/);
    reporter.stop();

    // The tab is closed and opened again: the log is reloaded from the device and play goes on.
    const reloaded = SessionLog.fromEvents(session.log.events);
    const again = startReporting({ log: reloaded, queue, target: { ...target, scenarioTitle: 'changed meanwhile' }, onQueued: () => void sender.kick() });
    await again.settled();
    session.choose(0);
    for (const event of session.log.events.slice(reloaded.events.length)) {
      const { seq: _seq, at: _at, ...rest } = event;
      reloaded.append(rest as never);
    }
    await again.settled();
    online = true;
    await sender.sendNow();

    const expected = statementsForLog(reloaded.events, target);
    expect(lrs.statements.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(lrs.statements.every((s) => (s.object as { definition?: { name?: Record<string, string> } }).definition?.name?.['en-GB'] !== 'changed meanwhile')).toBe(true);
    expect(await queue.count()).toBe(0);

    // Sending the same statements again (a tab killed before the queue heard back) adds nothing.
    await client.sendStatements(expected);
    expect(lrs.statements).toHaveLength(expected.length);
  });

  it('says in words when the key is wrong, and keeps the statements', async () => {
    const client = await connectLrs({ endpoint: lrs.endpoint, authorization: basicAuthorization('device-key', 'nope') });
    const queue = await openQueueStore('reporter-wrong-key');
    const sender = new StatementSender({ queue, send: (s) => client.sendStatements(s) });
    const session = playedSession('practice', 'reported-2');
    await startReporting({ log: session.log, queue, target }).settled();
    await sender.kick();
    expect(sender.current.lastError).toBe('The learning record store did not accept the key and secret (401). Check them in Settings.');
    expect(await queue.count()).toBe(1);
  });
});
