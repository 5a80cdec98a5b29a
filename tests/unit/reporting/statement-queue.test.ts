import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openQueueStore } from '../../../src/reporting/statement-queue-idb';
import { MemoryQueueStore, type StatementQueueStore } from '../../../src/reporting/statement-queue';
import { statementsForLog } from '../../../src/reporting/session-statements';
import { playedSession, target } from './reporting-fixtures';

let databases = 0;
const stores: Array<[string, () => Promise<StatementQueueStore>]> = [
  ['in memory', async () => new MemoryQueueStore()],
  ['in IndexedDB', () => openQueueStore(`queue-test-${databases++}`)],
];

function someStatements() {
  const session = playedSession();
  session.choose(0);
  session.choose(0);
  return statementsForLog(session.log.events, target);
}

describe.each(stores)('the statement queue %s', (_, open) => {
  it('gives statements back oldest first and forgets only those removed', async () => {
    const queue = await open();
    const [a, b, c] = someStatements();
    await queue.enqueue('s1', target, 0, [{ statement: a! }]);
    await queue.enqueue('s1', target, 5, [{ statement: b! }, { statement: c! }]);
    const waiting = await queue.peek(10);
    expect(waiting.map((q) => q.id)).toEqual([a!.id, b!.id, c!.id]);
    await queue.remove([waiting[0]!.order]);
    expect((await queue.peek(10)).map((q) => q.id)).toEqual([b!.id, c!.id]);
    expect(await queue.count()).toBe(2);
  });

  it('does not queue a statement twice, and records how far each session has been queued', async () => {
    const queue = await open();
    const [a] = someStatements();
    await queue.enqueue('s1', target, 0, [{ statement: a! }]);
    await queue.enqueue('s1', target, 0, [{ statement: a! }]);
    expect(await queue.count()).toBe(1);
    expect(await queue.session('s1')).toMatchObject({ queuedThrough: 0, target: { scenarioTitle: 'Two doors' } });
    expect(await queue.session('other')).toBeNull();
  });

  it('drops a second statement with the same once-key (cmi5: one completed per registration)', async () => {
    const queue = await open();
    const [a, b] = someStatements();
    await queue.enqueue('s1', target, 1, [{ statement: a!, onceKey: 'r:completed' }]);
    await queue.enqueue('s2', target, 1, [{ statement: b!, onceKey: 'r:completed' }]);
    expect((await queue.peek(10)).map((q) => q.id)).toEqual([a!.id]);
  });
});

describe('the IndexedDB queue', () => {
  it('keeps what was queued when the page is closed and opened again', async () => {
    const name = 'queue-reopen';
    const first = await openQueueStore(name);
    const [a] = someStatements();
    await first.enqueue('s1', target, 3, [{ statement: a! }]);
    first.close();
    const second = await openQueueStore(name);
    expect((await second.peek(5)).map((q) => q.id)).toEqual([a!.id]);
    expect((await second.session('s1'))?.queuedThrough).toBe(3);
  });
});
