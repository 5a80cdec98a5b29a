import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../../src/relay/relay-server';
import type { Created, Joined } from '../../../src/relay/room-registry';
import type { Reply, TrainerRoom } from '../../../src/relay/room-protocol';
import { ask, connect, deviceFor, must, next } from './relay-clients';

let relay: Relay;
let trainer: Socket;
let room: Created;
const sockets: Socket[] = [];
const OPTIONS = [
  { index: 0, text: 'Ask for the card' },
  { index: 1, text: 'Let them in' },
];

async function phone(n: number): Promise<Socket> {
  const socket = await connect(relay.url);
  sockets.push(socket);
  must(await ask(socket, 'phone:join', { code: room.code, device: deviceFor(n) }));
  return socket;
}

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'relay-dist-'));
  writeFileSync(join(dist, 'index.html'), '<p>game</p>');
  writeFileSync(join(dist, 'phone.html'), '<p>phone page</p>');
  relay = await startRelay({ port: 0, host: '127.0.0.1', distDir: dist, burst: 12, perSeconds: 60 });
  trainer = await connect(relay.url);
  room = must(await ask<Created>(trainer, 'trainer:create', {}));
  must(await ask(trainer, 'trainer:open', { code: room.code, secret: room.secret, key: '0-3', options: OPTIONS, ask: null }));
});

afterAll(async () => {
  for (const s of [trainer, ...sockets]) s?.close();
  await relay?.close();
});

describe('the relay', () => {
  it('serves the game and the phone page at /join, and says it is a relay', async () => {
    expect(await (await fetch(`${relay.url}/join`)).text()).toContain('phone page');
    expect(await (await fetch(`${relay.url}/`)).text()).toContain('game');
    expect(await (await fetch(`${relay.url}/relay.json`)).json()).toMatchObject({ relay: 'common-ground-live-rooms' });
  });

  it('gives a late joiner the room as it stands at once, and tells the trainer how many voted', async () => {
    const late = await connect(relay.url);
    sockets.push(late);
    const joined = must(await ask<Joined>(late, 'phone:join', { code: room.code.toLowerCase(), device: deviceFor(900) }));
    expect(joined.room).toMatchObject({ status: 'open', decision: { key: '0-3', options: OPTIONS } });
    const counted = next<TrainerRoom>(trainer, 'room:trainer', (r) => r.voted === 1);
    must(await ask(late, 'phone:vote', { code: room.code, device: deviceFor(900), key: '0-3', option: 1 }));
    expect((await counted).voted).toBe(1);
  });

  it('refuses bad messages, each with a reason, and the room is undisturbed', async () => {
    const socket = await phone(1);
    const before = must(await ask<TrainerRoom>(trainer, 'trainer:attach', { code: room.code, secret: room.secret }));
    const device = deviceFor(1);
    const refusals = [
      await ask(socket, 'phone:vote', 'not an object'),
      await ask(socket, 'phone:vote', { code: room.code, device, key: '0-3', option: 'one' }),
      await ask(socket, 'phone:vote', { code: room.code, device, key: '0-3', option: 0, extra: true }),
      await ask(socket, 'phone:answer', { code: room.code, device, key: '0-3', text: 'x'.repeat(20_000) }),
      await ask(socket, 'phone:vote', { code: 'ZZZZZ', device, key: '0-3', option: 0 }),
      await ask(socket, 'trainer:close', { code: room.code, secret: 'y'.repeat(43) }),
      await ask(socket, 'room:delete-everything', {}),
    ];
    expect(refusals.map((r) => (r.ok ? 'accepted' : r.reason))).toEqual([
      expect.stringMatching(/^malformed message/),
      'malformed message: option: Invalid input: expected number, received string',
      expect.stringMatching(/^malformed message: .*extra/),
      'message too large: at most 8192 bytes',
      'there is no room with that code (it may have ended)',
      'the trainer secret does not match this room',
      'unknown message "room:delete-everything"',
    ]);
    const after = must(await ask<TrainerRoom>(trainer, 'trainer:attach', { code: room.code, secret: room.secret }));
    expect(after).toEqual(before);
  });

  it('refuses a flood from one phone and goes on serving the others', async () => {
    const flooder = await phone(2);
    const device = deviceFor(2);
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => ask(flooder, 'phone:vote', { code: room.code, device, key: '0-3', option: i % 2 })));
    const refused = replies.filter((r) => !r.ok);
    expect(refused.length).toBeGreaterThan(20);
    expect(refused[0]).toEqual({ ok: false, reason: 'too many messages: wait a moment and try again' });
    const other = await phone(3);
    expect((await ask(other, 'phone:vote', { code: room.code, device: deviceFor(3), key: '0-3', option: 0 })).ok).toBe(true);
  });

  it('lets a trainer move through decisions faster than a phone may vote', async () => {
    const replies: Reply<unknown>[] = [];
    for (let d = 0; d < 10; d++) {
      replies.push(await ask(trainer, 'trainer:open', { code: room.code, secret: room.secret, key: `${d}-9${d}`, options: OPTIONS, ask: null }));
      replies.push(await ask(trainer, 'trainer:close', { code: room.code, secret: room.secret }));
    }
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    must(await ask(trainer, 'trainer:open', { code: room.code, secret: room.secret, key: '0-3', options: OPTIONS, ask: null }));
  });

  it('refuses votes after the trainer closes voting, and the code stops working when the room ends', async () => {
    const socket = await phone(4);
    const closed = must(await ask<TrainerRoom>(trainer, 'trainer:close', { code: room.code, secret: room.secret }));
    expect(closed.split).not.toBeNull();
    expect(await ask(socket, 'phone:vote', { code: room.code, device: deviceFor(4), key: '0-3', option: 0 })).toEqual({ ok: false, reason: 'voting is closed' });
    const told = next<{ status: string }>(socket, 'room:state', (r) => r.status === 'ended');
    must(await ask(trainer, 'trainer:end', { code: room.code, secret: room.secret }));
    expect((await told).status).toBe('ended');
    expect(await ask(socket, 'phone:join', { code: room.code, device: deviceFor(4) })).toEqual({ ok: false, reason: 'there is no room with that code (it may have ended)' });
  });
});
