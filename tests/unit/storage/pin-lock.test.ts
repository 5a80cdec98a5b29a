import { describe, expect, it } from 'vitest';
import { isValidPin, lockWithPin, needsUpgrade, PIN_ITERATIONS, pinLockSchema, pinOpens } from '../../../src/storage/pin-lock';

describe('PIN lock', () => {
  it('opens with the PIN it was set with and no other', async () => {
    const lock = await lockWithPin('4821');
    expect(await pinOpens(lock, '4821')).toBe(true);
    expect(await pinOpens(lock, '4822')).toBe(false);
    expect(await pinOpens(lock, '')).toBe(false);
  });

  it('is slow to guess: PBKDF2-SHA-256 with at least 200,000 iterations and a salt of its own per profile', async () => {
    const [a, b] = await Promise.all([lockWithPin('4821'), lockWithPin('4821')]);
    expect(a).toMatchObject({ kind: 'pbkdf2-sha256', iterations: PIN_ITERATIONS });
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(pinLockSchema.parse(a)).toEqual(a);
  });

  it('matches the PBKDF2 standard (RFC 6070-style check against WebCrypto done by hand)', async () => {
    const lock = await lockWithPin('0000', '00'.repeat(16), 100_000);
    const key = await crypto.subtle.importKey('raw', new TextEncoder().encode('0000'), 'PBKDF2', false, ['deriveBits']);
    const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(16), iterations: 100_000 }, key, 256));
    expect(lock.hash).toBe(Array.from(bits, (x) => x.toString(16).padStart(2, '0')).join(''));
  });

  it('still opens a profile locked the old way, and says it should be upgraded', async () => {
    // The 32-bit FNV-1a hash of "ab:4821", as profiles made before PBKDF2 kept it.
    const legacy = { salt: 'ab', hash: '41cb8261' };
    expect(pinLockSchema.parse(legacy)).toEqual(legacy);
    expect(await pinOpens(legacy, '4821')).toBe(true);
    expect(await pinOpens(legacy, '4822')).toBe(false);
    expect(needsUpgrade(legacy)).toBe(true);
    expect(needsUpgrade(await lockWithPin('1234'))).toBe(false);
  });

  it('does not keep the digits themselves', async () => {
    expect(JSON.stringify(await lockWithPin('4821'))).not.toContain('4821');
  });

  it('is four digits, nothing else', async () => {
    expect(['0000', '1234'].every(isValidPin)).toBe(true);
    expect(['123', '12345', 'abcd', '12 4'].some(isValidPin)).toBe(false);
    await expect(lockWithPin('12')).rejects.toThrow(RangeError);
  });
});
