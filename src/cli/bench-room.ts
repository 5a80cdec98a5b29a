/**
 * `npm run bench:room`: how a live room copes with many phones. A relay runs in its own process on
 * loopback; for each room size (30 to 1,000 phones, or `-- --phones 30,300`) simulated phones
 * (socket.io-client) join, then vote spread over two seconds as a room does, then all at once. It
 * prints vote-to-projector latency (a vote sent until the presenter's count includes it), p50 and
 * p95, and the relay's memory per room. Goal: p95 under 100 ms at 300 phones. A benchmark: it
 * measures and prints, and fails only if the relay does not work at all.
 */
import { fork } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import type { Reply, TrainerRoom } from '../relay/room-protocol';

const SIZES = argList('--phones') ?? [30, 100, 300, 1000];
const MAX_PHONES = 1000;
const SPREAD_MS = 2000;
const TIME_LIMIT_MS = 180_000;
const OPTIONS = [0, 1, 2].map((index) => ({ index, text: `Option ${index + 1}` }));

function argList(flag: string): number[] | null {
  const at = process.argv.indexOf(flag);
  if (at < 0) return null;
  return process.argv[at + 1]!.split(',').map((n) => Math.min(MAX_PHONES, Math.max(1, Number(n))));
}

interface RelayChild {
  url: string;
  heap(): Promise<number>;
  stop(): void;
}

/** The relay in a child process, so the phones' sockets do not share its event loop. */
function startRelayProcess(): Promise<RelayChild> {
  const entry = fileURLToPath(new URL('./bench-room-relay.ts', import.meta.url));
  const child = fork(entry, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (m: { port: number }) =>
      resolve({
        url: `http://127.0.0.1:${m.port}`,
        heap: () =>
          new Promise((r) => {
            child.once('message', (h: { heap: number }) => r(h.heap));
            child.send('heap');
          }),
        stop: () => child.kill(),
      }),
    );
  });
}

async function connect(url: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function ask<T>(socket: Socket, event: string, body: unknown): Promise<T> {
  const r = (await socket.timeout(10_000).emitWithAck(event, body)) as Reply<T>;
  if (!r.ok) throw new Error(`${event} refused: ${r.reason}`);
  return r.value;
}

const device = (n: number) => n.toString(16).padStart(32, '0');

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One round of votes: latency of each, from sending until the presenter's count reaches it. */
async function round(trainer: Socket, phones: Socket[], code: string, key: string, spreadMs: number): Promise<number[]> {
  const seenAt: number[] = [];
  const onUpdate = (room: TrainerRoom) => {
    const now = performance.now();
    for (let k = seenAt.length + 1; k <= room.voted; k++) seenAt[k - 1] = now;
  };
  trainer.on('room:trainer', onUpdate);
  const sentAt: number[] = [];
  await Promise.all(
    phones.map(
      (phone, n) =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            sentAt.push(performance.now());
            void ask(phone, 'phone:vote', { code, device: device(n), key, option: n % 3 }).then(() => resolve());
          }, (spreadMs * n) / phones.length),
        ),
    ),
  );
  const deadline = Date.now() + 10_000;
  while (seenAt.length < phones.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  trainer.off('room:trainer', onUpdate);
  if (seenAt.length < phones.length) throw new Error(`the presenter saw ${seenAt.length} of ${phones.length} votes`);
  return sentAt.map((t, k) => seenAt[k]! - t).sort((a, b) => a - b);
}

async function measure(relay: RelayChild, size: number): Promise<string> {
  const heapBefore = await relay.heap();
  const trainer = await connect(relay.url);
  const { code, secret } = await ask<{ code: string; secret: string }>(trainer, 'trainer:create', {});
  const phones: Socket[] = [];
  for (let start = 0; start < size; start += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, size - start) }, () => connect(relay.url)));
    await Promise.all(batch.map((s, i) => ask(s, 'phone:join', { code, device: device(start + i) })));
    phones.push(...batch);
  }
  await ask(trainer, 'trainer:open', { code, secret, key: '0-1', options: OPTIONS, ask: null });
  const spread = await round(trainer, phones, code, '0-1', SPREAD_MS);
  await ask(trainer, 'trainer:open', { code, secret, key: '1-2', options: OPTIONS, ask: null });
  const burst = await round(trainer, phones, code, '1-2', 0);
  const heapWith = await relay.heap();
  await ask(trainer, 'trainer:end', { code, secret });
  for (const s of [trainer, ...phones]) s.close();
  const ms = (n: number) => `${n.toFixed(1).padStart(6)} ms`;
  const perRoom = (heapWith - heapBefore) / 1024;
  return `${String(size).padStart(5)} phones | spread: p50 ${ms(percentile(spread, 50))}  p95 ${ms(percentile(spread, 95))} | all at once: p50 ${ms(percentile(burst, 50))}  p95 ${ms(percentile(burst, 95))} | relay heap for the room and its sockets ≈ ${perRoom.toFixed(0)} KiB (${(perRoom / size).toFixed(1)} KiB a phone)`;
}

const stopAll = setTimeout(() => {
  console.error(`bench:room stopped after ${TIME_LIMIT_MS / 1000} s`);
  process.exit(1);
}, TIME_LIMIT_MS);
const relay = await startRelayProcess();
console.log(`bench:room, one relay process on loopback; load average ${loadavg()[0]!.toFixed(2)}. Votes spread over ${SPREAD_MS / 1000} s, then all at once.`);
try {
  for (const size of SIZES) console.log(await measure(relay, size));
  console.log('Goal: p95 under 100 ms at 300 phones (spread), on one process.');
} finally {
  relay.stop();
  clearTimeout(stopAll);
}
process.exit(0);
