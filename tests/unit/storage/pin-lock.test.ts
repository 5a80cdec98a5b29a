import { describe, expect, it } from 'vitest';
import { isValidPin, lockWithPin, pinOpens } from '../../../src/storage/pin-lock';

describe('PIN lock', () => {
  it('opens with the PIN it was set with and no other', () => {
    const lock = lockWithPin('4821');
    expect(pinOpens(lock, '4821')).toBe(true);
    expect(pinOpens(lock, '4822')).toBe(false);
    expect(pinOpens(lock, '')).toBe(false);
  });

  it('does not keep the digits themselves', () => {
    expect(JSON.stringify(lockWithPin('4821'))).not.toContain('4821');
  });

  it('is four digits, nothing else', () => {
    expect(['0000', '1234'].every(isValidPin)).toBe(true);
    expect(['123', '12345', 'abcd', '12 4'].some(isValidPin)).toBe(false);
    expect(() => lockWithPin('12')).toThrow(RangeError);
  });
});
