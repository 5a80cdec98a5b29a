import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Created, Joined } from '../../../src/relay/room-registry';
import type { PublicRoom, TrainerRoom } from '../../../src/relay/room-protocol';
import { ask, connect, deviceFor, must, next } from './relay-clients';

/**
 * Two relay processes sharing rooms through a real redis-server started here: the presenter on one,
 * phones on the other, one room.
 */
const children: ChildProcess[] = [];
const sockets: Socket[] = [];
let urls: string[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startAndWait(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<RegExpMatchArray> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${command} did not start: ${seen}`)), 30_000);
    const read = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(ready);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}): ${seen}`)));
  });
}

beforeAll(async () => {
  const redisPort = await freePort();
  await startAndWait('/usr/bin/redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {}, /Ready to accept connections/);
  const env = { REDIS_URL: `redis://127.0.0.1:${redisPort}` };
  const started = await Promise.all([0, 1].map(() => startAndWait(process.execPath, ['--import', 'tsx', 'tests/unit/relay/relay-process.ts'], env, /listening (\d+)/)));
  urls = started.map((m) => `http://127.0.0.1:${m[1]}`);
}, 60_000);

afterAll(async () => {
  for (const s of sockets) s.close();
  for (const child of children.reverse()) {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
});

async function on(url: string): Promise<Socket> {
  const socket = await connect(url);
  sockets.push(socket);
  return socket;
}

describe('two relay processes on one Redis', () => {
  it('share a room: the presenter on one and phones on the other see the same decision and votes', async () => {
    const trainer = await on(urls[0]!);
    const room = must(await ask<Created>(trainer, 'trainer:create', {}));
    const secret = { code: room.code, secret: room.secret };
    const phones = await Promise.all([1, 2, 3].map(() => on(urls[1]!)));
    for (const [n, phone] of phones.entries()) must(await ask(phone, 'phone:join', { code: room.code, device: deviceFor(n) }));

    const opened = next<PublicRoom>(phones[2]!, 'room:state', (r) => r.status === 'open');
    must(await ask(trainer, 'trainer:open', { ...secret, key: '0-4', options: [{ index: 0, text: 'Check' }, { index: 1, text: 'Trust' }], ask: null }));
    expect((await opened).decision?.key).toBe('0-4');

    const allIn = next<TrainerRoom>(trainer, 'room:trainer', (r) => r.voted === 3);
    for (const [n, phone] of phones.entries()) must(await ask(phone, 'phone:vote', { code: room.code, device: deviceFor(n), key: '0-4', option: n === 0 ? 1 : 0 }));
    expect((await allIn).joined).toBe(3);

    // A late joiner on the second relay gets the current decision at once.
    const late = await on(urls[1]!);
    const joined = must(await ask<Joined>(late, 'phone:join', { code: room.code, device: deviceFor(9) }));
    expect(joined.room).toMatchObject({ status: 'open', voted: 3, decision: { key: '0-4' } });

    const closed = must(await ask<TrainerRoom>(trainer, 'trainer:close', secret));
    expect(closed.split).toEqual([
      { index: 0, votes: 2 },
      { index: 1, votes: 1 },
    ]);
    // The trainer's controls work from the other relay too, with the secret and only with it.
    const elsewhere = await on(urls[1]!);
    expect(must(await ask<TrainerRoom>(elsewhere, 'trainer:attach', secret)).split).toEqual(closed.split);
    expect(await ask(elsewhere, 'trainer:end', { ...secret, secret: 'z'.repeat(43) })).toEqual({ ok: false, reason: 'the trainer secret does not match this room' });
    expect(await ask(phones[0]!, 'phone:vote', { code: room.code, device: deviceFor(0), key: '0-4', option: 0 })).toEqual({ ok: false, reason: 'voting is closed' });
  }, 30_000);
});
