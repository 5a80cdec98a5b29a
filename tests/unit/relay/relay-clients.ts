import { io, type Socket } from 'socket.io-client';
import type { Reply } from '../../../src/relay/room-protocol';

/** A socket.io-client connected to a relay, over WebSocket as phones on a LAN mostly are. */
export async function connect(url: string): Promise<Socket> {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Sends one command and waits for the relay's answer. */
export function ask<T = unknown>(socket: Socket, event: string, body: unknown): Promise<Reply<T>> {
  return socket.timeout(5_000).emitWithAck(event, body) as Promise<Reply<T>>;
}

/** The next message of a kind the socket hears that passes `test`. */
export function next<T>(socket: Socket, event: string, test: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const listener = (value: T) => {
      if (!test(value)) return;
      socket.off(event, listener);
      resolve(value);
    };
    socket.on(event, listener);
  });
}

export function must<T>(r: Reply<T>): T {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value;
}

export const deviceFor = (n: number) => n.toString(16).padStart(32, '0');
