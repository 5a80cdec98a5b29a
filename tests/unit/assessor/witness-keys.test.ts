import { describe, expect, it } from 'vitest';
import { MemoryWitnessKeyStore, signingKeyFor, trustedKeys } from '../../../src/assessor/witness-key-store';
import { keyFingerprint, makeWitnessKey, readTrustedKeys, signatureHolds, signText, trustedKeysFile } from '../../../src/assessor/witness-keys';

describe('witness keys', () => {
  it('sign text that only the same public key verifies, and only unchanged', async () => {
    const key = await makeWitnessKey('Priya Shah');
    const other = await makeWitnessKey('Priya Shah');
    const signature = await signText(key, 'the record');
    expect(await signatureHolds(key.publicKey, 'the record', signature)).toBe(true);
    expect(await signatureHolds(key.publicKey, 'the recorD', signature)).toBe(false);
    expect(await signatureHolds(other.publicKey, 'the record', signature)).toBe(false);
    expect(await signatureHolds(key.publicKey, 'the record', 'not-a-signature')).toBe(false);
  });

  it('keep the private half non-extractable and fingerprint the canonical public key', async () => {
    const key = await makeWitnessKey('Priya Shah');
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('jwk', key.privateKey)).rejects.toThrow();
    expect(key.fingerprint).toBe(await keyFingerprint({ y: key.publicKey.y, x: key.publicKey.x, crv: 'P-256', kty: 'EC' }));
  });

  it('are made once per witness on a device and trusted there', async () => {
    const store = new MemoryWitnessKeyStore();
    const first = await signingKeyFor(store, 'Priya Shah');
    expect((await signingKeyFor(store, 'Priya Shah')).fingerprint).toBe(first.fingerprint);
    expect((await trustedKeys(store)).map((k) => k.fingerprint)).toEqual([first.fingerprint]);
  });

  it('round-trip through a keys file, which refuses a key labelled with another key’s fingerprint', async () => {
    const a = await makeWitnessKey('Priya Shah');
    const b = await makeWitnessKey('Northshire Council');
    const file = JSON.parse(trustedKeysFile([a, b]));
    expect(await readTrustedKeys(file)).toEqual({ keys: [{ name: 'Priya Shah', publicKey: a.publicKey, fingerprint: a.fingerprint }, { name: 'Northshire Council', publicKey: b.publicKey, fingerprint: b.fingerprint }] });
    file.keys[1].fingerprint = a.fingerprint;
    expect(await readTrustedKeys(file)).toEqual({ problem: 'key 2 (Northshire Council): its fingerprint is not the hash of its key' });
    expect(await readTrustedKeys({ ...file, extra: 1 })).toMatchObject({ problem: expect.stringMatching(/not a Common Ground keys file/) });
  });
});
