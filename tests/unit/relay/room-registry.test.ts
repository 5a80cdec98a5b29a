import { describe, expect, it } from 'vitest';
import { NO_SUCH_ROOM, ROOM_IDLE_LIMIT_MS, RoomRegistry } from '../../../src/relay/room-registry';
import { CODE_ALPHABET } from '../../../src/relay/room-protocol';

const PHONE = 'd'.repeat(32);

describe('the rooms a relay holds', () => {
  it('makes a five-character code from the unambiguous alphabet and a trainer secret', () => {
    const { code, secret } = new RoomRegistry().create();
    expect(code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{5}$`));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('needs the trainer secret, not the code, for a trainer command', () => {
    const registry = new RoomRegistry();
    const { code, secret } = registry.create();
    const wrong = 'x'.repeat(43);
    const open = (secret: string) => ({ name: 'trainer:open' as const, body: { code, secret, key: '0-1', options: [{ index: 0, text: 'A' }], ask: null } });
    expect(registry.apply(open(wrong))?.reply).toEqual({ ok: false, reason: 'the trainer secret does not match this room' });
    expect(registry.apply(open(secret))?.reply.ok).toBe(true);
  });

  it('does not answer for a room it does not hold, so another process can', () => {
    expect(new RoomRegistry().apply({ name: 'phone:join', body: { code: 'ZZZZZ', device: PHONE } })).toBeUndefined();
    expect(NO_SUCH_ROOM).toContain('no room');
  });

  it('ends a room and forgets its code, when the trainer ends it or it has been idle too long', () => {
    let now = 0;
    const registry = new RoomRegistry(() => now);
    const first = registry.create();
    const second = registry.create();
    expect(registry.apply({ name: 'trainer:end', body: first })?.toRoom?.status).toBe('ended');
    expect(registry.has(first.code)).toBe(false);
    now = ROOM_IDLE_LIMIT_MS + 1;
    expect(registry.sweep().map((o) => o.toRoom?.code)).toEqual([second.code]);
    expect(registry.size).toBe(0);
  });
});
