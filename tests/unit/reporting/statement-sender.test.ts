import { describe, expect, it } from 'vitest';
import type { Statement } from '@xapi/xapi';
import { lrsErrorFor } from '../../../src/reporting/lrs-errors';
import { MemoryQueueStore } from '../../../src/reporting/statement-queue';
import { backOff, StatementSender, type SenderStatus } from '../../../src/reporting/statement-sender';
import { statementsForLog } from '../../../src/reporting/session-statements';
import { playedSession, target } from './reporting-fixtures';

async function queueOf(n: number) {
  const session = playedSession();
  session.choose(0);
  session.choose(0);
  const statements = statementsForLog(session.log.events, target).slice(0, n);
  const queue = new MemoryQueueStore();
  for (const [i, statement] of statements.entries()) await queue.enqueue('s1', target, i, [{ statement }]);
  return { queue, ids: statements.map((s) => s.id) };
}

/** A timer that runs only when the test says so. */
function manualTimers() {
  const pending: Array<{ run: () => void; ms: number }> = [];
  return {
    pending,
    schedule: (run: () => void, ms: number) => {
      const entry = { run, ms };
      pending.push(entry);
      return () => pending.splice(pending.indexOf(entry), 1);
    },
    fire: () => pending.shift()?.run(),
  };
}

describe('sending the queue', () => {
  it('sends everything in order, in batches, and empties the queue', async () => {
    const { queue, ids } = await queueOf(5);
    const sent: string[][] = [];
    const sender = new StatementSender({ queue, batchSize: 2, send: async (batch: Statement[]) => void sent.push(batch.map((s) => s.id!)) });
    await sender.kick();
    expect(sent).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
    expect(sender.current).toMatchObject({ waiting: 0, lastError: null });
  });

  it('keeps a batch that failed, says why, and tries again later with longer waits', async () => {
    const { queue, ids } = await queueOf(3);
    const timers = manualTimers();
    let online = false;
    const sent: string[] = [];
    const sender = new StatementSender({
      queue,
      schedule: timers.schedule,
      send: async (batch) => {
        if (!online) throw lrsErrorFor(503);
        sent.push(...batch.map((s) => s.id!));
      },
    });
    await sender.kick();
    expect(sender.current.waiting).toBe(3);
    expect(sender.current.lastError).toMatch(/problem of its own \(503\)/);
    expect(timers.pending.map((t) => t.ms)).toEqual([1000]);
    timers.fire();
    await new Promise((r) => setTimeout(r, 0));
    // The timer's own try failed again; one retry is waiting, twice as long.
    expect(timers.pending.map((t) => t.ms)).toEqual([2000]);
    // New statements during the wait do not jump it (nor lengthen it).
    await sender.kick();
    expect(timers.pending.map((t) => t.ms)).toEqual([2000]);
    online = true;
    await sender.sendNow();
    expect(sent).toEqual(ids);
    expect(timers.pending).toEqual([]);
    expect(sender.current).toMatchObject({ waiting: 0, lastError: null });
  });

  it('does not keep retrying when the key is refused, until told to send now', async () => {
    const { queue } = await queueOf(1);
    const timers = manualTimers();
    const sender = new StatementSender({ queue, schedule: timers.schedule, send: async () => Promise.reject(lrsErrorFor(401)) });
    await sender.kick();
    expect(sender.current.lastError).toMatch(/did not accept the key and secret/);
    expect(timers.pending).toEqual([]);
  });

  it('sends nothing while stopped, and everything once started again', async () => {
    const { queue } = await queueOf(2);
    let calls = 0;
    const statuses: SenderStatus[] = [];
    const sender = new StatementSender({ queue, send: async () => void calls++, onStatus: (s) => statuses.push(s) });
    await sender.stop();
    await sender.kick();
    expect(calls).toBe(0);
    expect(sender.current).toMatchObject({ stopped: true, waiting: 2 });
    await sender.start();
    expect(calls).toBe(1);
    expect(statuses.at(-1)).toMatchObject({ stopped: false, waiting: 0 });
  });

  it('backs off from a second to five minutes', () => {
    expect([1, 2, 3, 10, 40].map(backOff)).toEqual([1000, 2000, 4000, 300_000, 300_000]);
  });
});
