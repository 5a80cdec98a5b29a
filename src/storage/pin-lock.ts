import { z } from '../core/zod';
import { fnv1a } from '../core/fnv1a';

/**
 * A four-digit PIN stops a classmate opening someone else's profile by accident on a shared PC. It
 * is a guard on a shared device, not security: there are only ten thousand PINs, and anyone with the
 * device can read its storage. Still, the digits are never stored: the PIN goes through PBKDF2
 * (SHA-256, many iterations, a salt per profile) via WebCrypto, so each guess costs real time.
 *
 * Profiles made before this kept a small 32-bit salted hash ('legacy'); it still opens, and the
 * picker replaces it with a PBKDF2 lock the first time the right PIN is entered (needsUpgrade).
 */
const pbkdf2LockSchema = z.object({
  kind: z.literal('pbkdf2-sha256'),
  salt: z.string().check(z.regex(/^[0-9a-f]{32}$/)),
  iterations: z.int().check(z.minimum(100_000), z.maximum(10_000_000)),
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
const legacyLockSchema = z.object({ salt: z.string().check(z.minLength(1)), hash: z.string().check(z.regex(/^[0-9a-f]{8}$/)) });
export const pinLockSchema = z.union([pbkdf2LockSchema, legacyLockSchema]);
export type PinLock = z.infer<typeof pinLockSchema>;

const PIN_PATTERN = /^\d{4}$/;
export const PIN_ITERATIONS = 250_000;

export function isValidPin(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

export async function lockWithPin(pin: string, salt = randomSalt(), iterations = PIN_ITERATIONS): Promise<PinLock> {
  if (!isValidPin(pin)) throw new RangeError('a PIN is four digits');
  return { kind: 'pbkdf2-sha256', salt, iterations, hash: await derive(pin, salt, iterations) };
}

export async function pinOpens(lock: PinLock, pin: string): Promise<boolean> {
  if (!isValidPin(pin)) return false;
  if ('kind' in lock) return (await derive(pin, lock.salt, lock.iterations)) === lock.hash;
  return pinHash(`${lock.salt}:${pin}`) === lock.hash;
}

/** A lock from before PBKDF2: replace it once the right PIN has been entered. */
export function needsUpgrade(lock: PinLock): boolean {
  return !('kind' in lock);
}

async function derive(pin: string, saltHex: string, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: fromHex(saltHex), iterations }, key, 256);
  return toHex(new Uint8Array(bits));
}

function pinHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

function randomSalt(): string {
  return toHex(crypto.getRandomValues(new Uint8Array(16)));
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
