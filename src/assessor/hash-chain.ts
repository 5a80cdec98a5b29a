import { canonicalJson } from '../core/canonical-json';

/**
 * A SHA-256 hash chain over a record's events, so any edit, insertion, removal or reordering shows
 * as the first event whose hash no longer matches. Each chained event is the event plus:
 *   prev: the previous event's hash (GENESIS for the first), and
 *   hash: SHA-256, in lower-case hex, of the canonical JSON of the event with `prev` but without `hash`.
 * It uses Web Crypto (`crypto.subtle`), which both Node 20 and the browser have, so the same code
 * seals a record in the app and checks it on the command line.
 */
export const GENESIS = '0'.repeat(64);

export type Chained<T extends object> = T & { prev: string; hash: string };

type ChainCheck = { ok: true; head: string } | { ok: false; index: number; problem: string };

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function linkHash(event: object, prev: string): Promise<string> {
  return sha256Hex(canonicalJson({ ...event, prev }));
}

export async function chainEvents<T extends object>(events: readonly T[]): Promise<Chained<T>[]> {
  const chained: Chained<T>[] = [];
  let prev = GENESIS;
  for (const event of events) {
    const hash = await linkHash(event, prev);
    chained.push({ ...event, prev, hash });
    prev = hash;
  }
  return chained;
}

/**
 * Checks every link, as the events stand in the file (unknown fields included, so nothing can be
 * slipped in), and reports the first that does not hold.
 */
export async function checkChain(events: readonly Record<string, unknown>[]): Promise<ChainCheck> {
  if (events.length === 0) return { ok: false, index: 0, problem: 'the record has no events' };
  let prev = GENESIS;
  for (const [index, event] of events.entries()) {
    const { hash, ...rest } = event;
    if (rest.prev !== prev) {
      return { ok: false, index, problem: index === 0 ? 'the first event does not start the chain' : 'this event does not follow on from the one before it (an event was removed, added or moved)' };
    }
    if (typeof hash !== 'string' || hash !== (await linkHash(omitPrev(rest), prev))) {
      return { ok: false, index, problem: 'this event has been changed since the record was sealed (its hash does not match)' };
    }
    prev = hash;
  }
  return { ok: true, head: prev };
}

function omitPrev(event: Record<string, unknown>): Record<string, unknown> {
  const { prev: _prev, ...rest } = event;
  return rest;
}
