import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import sirv from 'sirv';
import { Server, type Socket } from 'socket.io';
import { lanAddresses } from './lan-addresses';
import { NO_SUCH_ROOM, RoomRegistry, type Outcome } from './room-registry';
import { commandSchemas, MAX_MESSAGE_BYTES, parseCommand, reply, type CommandName, type Reply, type RoomCommand } from './room-protocol';

export interface RelayOptions {
  port: number;
  host: string;
  /** The built game (dist/), served as it is, with the phone page at /join. */
  distDir: string;
  /** With it, rooms are shared with every other relay process on the same Redis. */
  redisUrl?: string;
  /** Messages a phone's socket may send in a burst, and how fast the allowance comes back. */
  burst?: number;
  perSeconds?: number;
  /** The same for a trainer's socket, which sends two or four commands a decision and may click fast. */
  trainerBurst?: number;
}

export interface Relay {
  url: string;
  port: number;
  registry: RoomRegistry;
  close(): Promise<void>;
}

const FORWARD_EVENT = 'room:forward';
const EXISTS_EVENT = 'room:exists';
type Ack = (reply: Reply<unknown>) => void;

/**
 * The live-room relay: one HTTP server that serves the built game and the phone page, with
 * Socket.IO on it for the rooms. Every message is size-checked, rate-limited per socket and
 * validated before it reaches a room. Rooms live in the process that created them; with Redis, the
 * Redis Streams adapter carries broadcasts between processes, and a command for a room another
 * process holds is sent to it with the adapter's serverSideEmit (no clustering of our own).
 */
export async function startRelay(options: RelayOptions): Promise<Relay> {
  const serveFiles = sirv(options.distDir, { etag: true, dev: false });
  // Filled in once listening: where phones on the network can reach this relay.
  const addresses: string[] = [];
  const http = createServer((req, res) => serveHttp(req, res, serveFiles, addresses));
  const io = new Server(http, {
    // A hard ceiling well above the limit we report, so an oversized message gets a reason, not a hang-up.
    maxHttpBufferSize: MAX_MESSAGE_BYTES * 8,
    // A presenter served from another address (a configured relay) may connect; controls need the secret.
    cors: { origin: true },
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: true },
  });
  const redis = options.redisUrl ? createClient({ url: options.redisUrl }) : null;
  if (redis) {
    await redis.connect();
    io.adapter(createAdapter(redis));
  }
  const registry = new RoomRegistry();
  const duration = options.perSeconds ?? 4;
  const limiters = {
    phone: new RateLimiterMemory({ points: options.burst ?? 12, duration }),
    trainer: new RateLimiterMemory({ points: options.trainerBurst ?? 60, duration }),
  };

  const broadcast = (code: string, outcome: Outcome) => {
    if (outcome.toRoom) io.to(roomOf(code)).emit('room:state', outcome.toRoom);
    if (outcome.toTrainer) io.to(trainerOf(code)).emit('room:trainer', outcome.toTrainer);
  };

  /** Applies a command where its room lives: here, or in another relay process. */
  const execute = async (command: Exclude<RoomCommand, { name: 'trainer:create' }>): Promise<Reply<unknown>> => {
    const here = registry.apply(command);
    if (here) {
      broadcast(command.body.code, here);
      return here.reply;
    }
    if (!redis) return reply.no(NO_SUCH_ROOM);
    try {
      const answers: (Reply<unknown> | null)[] = await io.serverSideEmitWithAck(FORWARD_EVENT, command);
      return answers.find((a) => a !== null) ?? reply.no(NO_SUCH_ROOM);
    } catch {
      return reply.no('the relay holding this room did not answer; try again');
    }
  };

  const codeTakenElsewhere = async (code: string): Promise<boolean> => {
    if (!redis) return false;
    const answers: boolean[] = await io.serverSideEmitWithAck(EXISTS_EVENT, code).catch(() => []);
    return answers.some(Boolean);
  };

  if (redis) {
    io.on(FORWARD_EVENT, (command: Exclude<RoomCommand, { name: 'trainer:create' }>, ack: (a: Reply<unknown> | null) => void) => {
      // Checked again: a message between relays is still a message.
      if (!command || !(command.name in commandSchemas) || (command.name as CommandName) === 'trainer:create') return ack(null);
      const parsed = parseCommand(command.name, command.body);
      if (!parsed.ok) return ack(null);
      const outcome = registry.apply({ name: command.name, body: parsed.value } as typeof command);
      if (!outcome) return ack(null);
      broadcast(command.body.code, outcome);
      ack(outcome.reply);
    });
    io.on(EXISTS_EVENT, (code: string, ack: (taken: boolean) => void) => ack(registry.has(code)));
  }

  io.on('connection', (socket) => {
    socket.onAny((name: string, ...args: unknown[]) => {
      if (name in commandSchemas) return;
      const ack = args.at(-1);
      const refusal = reply.no(`unknown message "${String(name).slice(0, 40)}"`);
      if (typeof ack === 'function') ack(refusal);
      else socket.emit('room:refused', refusal);
    });
    for (const name of Object.keys(commandSchemas) as CommandName[]) {
      socket.on(name, async (body: unknown, ack?: unknown) => {
        const answer: Ack = typeof ack === 'function' ? (ack as Ack) : (r) => void socket.emit('room:refused', r);
        answer(await handle(socket, name, body));
      });
    }
  });

  const handle = async (socket: Socket, name: CommandName, body: unknown): Promise<Reply<unknown>> => {
    if (sizeOf(body) > MAX_MESSAGE_BYTES) return reply.no(`message too large: at most ${MAX_MESSAGE_BYTES} bytes`);
    try {
      await limiters[name.startsWith('trainer:') ? 'trainer' : 'phone'].consume(socket.id);
    } catch {
      return reply.no('too many messages: wait a moment and try again');
    }
    const parsed = parseCommand(name, body);
    if (!parsed.ok) return parsed;
    if (name === 'trainer:create') {
      const created = registry.create();
      if (await codeTakenElsewhere(created.code)) return reply.no('could not make a unique code; try again');
      await socket.join([roomOf(created.code), trainerOf(created.code)]);
      return reply.ok(created);
    }
    const command = { name, body: parsed.value } as Exclude<RoomCommand, { name: 'trainer:create' }>;
    const result = await execute(command);
    if (result.ok) await joinRooms(socket, command);
    return result;
  };

  const sweeper = setInterval(() => {
    for (const outcome of registry.sweep()) if (outcome.toRoom) broadcast(outcome.toRoom.code, outcome);
  }, 60_000);
  sweeper.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const hosts = options.host === '0.0.0.0' || options.host === '::' ? lanAddresses() : [options.host];
  addresses.push(...hosts.map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${port}`));
  return {
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    port,
    registry,
    close: async () => {
      clearInterval(sweeper);
      await io.close();
      // Not quit(): the adapter may be mid-way through a blocking read, and the rooms end with the process anyway.
      redis?.destroy();
    },
  };
}

/** After a command succeeds, its socket hears the room's broadcasts (a trainer's also the trainer's). */
async function joinRooms(socket: Socket, command: RoomCommand): Promise<void> {
  const code = (command.body as { code: string }).code;
  if (command.name === 'trainer:end') return void socket.leave(trainerOf(code));
  if (command.name === 'phone:join') await socket.join(roomOf(code));
  else if (command.name.startsWith('trainer:')) await socket.join([roomOf(code), trainerOf(code)]);
}

function serveHttp(req: IncomingMessage, res: ServerResponse, serveFiles: ReturnType<typeof sirv>, addresses: readonly string[]): void {
  const path = new URL(req.url ?? '/', 'http://relay').pathname;
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (path === '/relay.json') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    return void res.end(JSON.stringify({ relay: 'common-ground-live-rooms', version: 1, addresses }));
  }
  if (path === '/join/') {
    res.writeHead(301, { Location: '/join' });
    return void res.end();
  }
  if (path === '/join') req.url = '/phone.html';
  serveFiles(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(path === '/' || path === '/phone.html' ? 'The game is not built: run npm run build (npm run room does it for you).' : 'Not found');
  });
}

const roomOf = (code: string) => `r:${code}`;
const trainerOf = (code: string) => `t:${code}`;

function sizeOf(body: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(body ?? null));
  } catch {
    return Infinity;
  }
}
