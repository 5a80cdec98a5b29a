import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/session/canonical-json';

describe('canonicalJson', () => {
  it('is the same for the same content whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('still tells different content apart, including array order', () => {
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
