import { z } from '../core/zod';
import { canonicalJson } from '../core/canonical-json';
import { sha256Hex } from './hash-chain';

/**
 * Witness keys: an ECDSA P-256 key pair made on the witness's device with Web Crypto. The private
 * half is made non-extractable, so it can sign but never be read out or copied off the device; the
 * public half (a JWK) travels in every record it signs, with its fingerprint, so anyone can check
 * the signature and an organisation can say which keys it trusts. The same code runs in Node 20
 * (the verify command) and the browser.
 */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNING = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256';

const base64url = z.string().check(z.regex(/^[A-Za-z0-9_-]+$/));

/** Only the fields that define a P-256 public key, so the fingerprint never depends on extras. */
export const publicJwkSchema = z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: base64url, y: base64url });
export type PublicJwk = z.infer<typeof publicJwkSchema>;

/** A public key with the name of the person or organisation it belongs to. */
export const namedKeySchema = z.strictObject({ name: z.string().check(z.trim(), z.minLength(1)), publicKey: publicJwkSchema, fingerprint: z.string().check(z.regex(/^[0-9a-f]{64}$/)) });
export type NamedKey = z.infer<typeof namedKeySchema>;

/** A key this device can sign with: the private half never leaves the browser's key store. */
export interface WitnessKey {
  name: string;
  privateKey: CryptoKey;
  publicKey: PublicJwk;
  fingerprint: string;
}

export async function makeWitnessKey(name: string): Promise<WitnessKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, false, ['sign', 'verify']);
  const publicKey = await exportPublicJwk(pair.publicKey);
  return { name, privateKey: pair.privateKey, publicKey, fingerprint: await keyFingerprint(publicKey) };
}

async function exportPublicJwk(key: CryptoKey): Promise<PublicJwk> {
  const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', key);
  return publicJwkSchema.parse({ kty, crv, x, y });
}

/** SHA-256 of the canonical JWK, in lower-case hex: what is printed on paper and compared. */
export function keyFingerprint(publicKey: PublicJwk): Promise<string> {
  return sha256Hex(canonicalJson(publicKey));
}

/** Groups of four, so a person can read a fingerprint aloud or compare it on paper. */
export function spacedFingerprint(fingerprint: string): string {
  return fingerprint.match(/.{1,4}/g)!.join(' ');
}

export async function signText(key: WitnessKey, text: string): Promise<string> {
  const signature = await crypto.subtle.sign(SIGNING, key.privateKey, new TextEncoder().encode(text));
  return toBase64url(new Uint8Array(signature));
}

/** False for a wrong or malformed signature or key; never throws for bad input. */
export async function signatureHolds(publicKey: PublicJwk, text: string, signature: string): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('jwk', { ...publicKey, ext: true }, ALGORITHM, false, ['verify']);
    return await crypto.subtle.verify(SIGNING, key, fromBase64url(signature), new TextEncoder().encode(text));
  } catch {
    return false;
  }
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The file an organisation publishes (its own public keys) and imports (keys it trusts). */
export const TRUSTED_KEYS_FORMAT = 'common-ground/witness-keys';
export const trustedKeysFileSchema = z.strictObject({ format: z.literal(TRUSTED_KEYS_FORMAT), version: z.literal(1), keys: z.array(namedKeySchema) });

export function trustedKeysFile(keys: readonly NamedKey[]): string {
  return `${JSON.stringify({ format: TRUSTED_KEYS_FORMAT, version: 1, keys: keys.map(({ name, publicKey, fingerprint }) => ({ name, publicKey, fingerprint })) }, null, 2)}\n`;
}

/** Checks each key's fingerprint against its key, so a file cannot label one key with another's fingerprint. */
export async function readTrustedKeys(value: unknown): Promise<{ keys: NamedKey[] } | { problem: string }> {
  const result = trustedKeysFileSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    return { problem: `this is not a Common Ground keys file: ${issue.path.join('.') || 'the file'}: ${issue.message}` };
  }
  for (const [index, key] of result.data.keys.entries()) {
    if ((await keyFingerprint(key.publicKey)) !== key.fingerprint) return { problem: `key ${index + 1} (${key.name}): its fingerprint is not the hash of its key` };
  }
  return { keys: result.data.keys };
}
