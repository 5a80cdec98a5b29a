import { z } from 'zod';
import { fnv1a } from '../core/fnv1a';

/**
 * A four-digit PIN stops a classmate opening someone else's profile by accident on a shared PC. It
 * is not security (ten thousand guesses open it, and anyone with the device can read its storage),
 * so a small salted hash is enough: it keeps the digits themselves out of storage and export files.
 */
export const pinLockSchema = z.object({ salt: z.string().min(1), hash: z.string().regex(/^[0-9a-f]{8}$/) });
export type PinLock = z.infer<typeof pinLockSchema>;

const PIN_PATTERN = /^\d{4}$/;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export function lockWithPin(pin: string, salt = randomSalt()): PinLock {
  if (!isValidPin(pin)) throw new RangeError('a PIN is four digits');
  return { salt, hash: pinHash(`${salt}:${pin}`) };
}

export function pinOpens(lock: PinLock, pin: string): boolean {
  return isValidPin(pin) && pinHash(`${lock.salt}:${pin}`) === lock.hash;
}

function pinHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
