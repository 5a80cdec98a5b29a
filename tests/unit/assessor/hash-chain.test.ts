import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json';
import { chainEvents, checkChain, GENESIS, sha256Hex } from '../../../src/assessor/hash-chain';

const events = [
  { seq: 0, type: 'session-started', scenarioId: 's' },
  { seq: 1, type: 'passage-shown', text: 'Hello, café' },
  { seq: 2, type: 'choice-made', index: 1, scores: { compliance: -2, communication: 0 } },
];

describe('canonical JSON', () => {
  it('sorts keys at every depth and leaves out whitespace and undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: 'x' }, u: undefined })).toBe('{"a":{"c":"x","d":[2,{"y":null,"z":true}]},"b":1}');
  });

  it('writes the same text for objects that differ only in key order', () => {
    expect(canonicalJson({ x: 1, y: 'é' })).toBe(canonicalJson({ y: 'é', x: 1 }));
  });

  it('refuses values JSON cannot hold faithfully', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
  });
});

describe('the hash chain', () => {
  it('uses SHA-256 as published (test vector for "abc")', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('links each event to the one before, starting from GENESIS', async () => {
    const chained = await chainEvents(events);
    expect(chained[0]!.prev).toBe(GENESIS);
    expect(chained[1]!.prev).toBe(chained[0]!.hash);
    expect(chained[2]!.hash).toBe(await sha256Hex(canonicalJson({ ...events[2], prev: chained[1]!.hash })));
    expect(await checkChain(chained)).toEqual({ ok: true, head: chained[2]!.hash });
  });

  it('still holds after a round trip through pretty-printed JSON', async () => {
    const file = JSON.parse(JSON.stringify(await chainEvents(events), null, 2));
    expect((await checkChain(file)).ok).toBe(true);
  });

  it('names the first event whose content was changed', async () => {
    const chained = await chainEvents(events);
    const edited = chained.map((e, i) => (i === 1 ? { ...e, text: 'Hello, cafe' } : e));
    expect(await checkChain(edited)).toEqual({ ok: false, index: 1, problem: expect.stringMatching(/changed since the record was sealed/) });
  });

  it('notices a field slipped into an event', async () => {
    const chained = await chainEvents(events);
    const edited = chained.map((e, i) => (i === 2 ? { ...e, note: 'added later' } : e));
    expect(await checkChain(edited)).toMatchObject({ ok: false, index: 2 });
  });

  it('notices an event removed or moved, at the event after the gap', async () => {
    const chained = await chainEvents(events);
    expect(await checkChain([chained[0]!, chained[2]!])).toMatchObject({ ok: false, index: 1, problem: expect.stringMatching(/removed, added or moved/) });
    expect(await checkChain([chained[1]!, chained[0]!, chained[2]!])).toMatchObject({ ok: false, index: 0 });
  });

  it('notices an event whose hash was recomputed without relinking the rest', async () => {
    const chained = await chainEvents(events);
    const [rehashed] = await chainEvents([{ ...events[0]!, scenarioId: 'other' }]);
    expect(await checkChain([rehashed!, chained[1]!, chained[2]!])).toMatchObject({ ok: false, index: 1 });
  });
});
