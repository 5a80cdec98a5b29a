import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/canonical-json';

describe('canonicalJson', () => {
  it('is the same for the same content whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }));
  });

  it('still tells different content apart, including array order', () => {
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});

describe('canonicalJson refuses what JSON cannot hold faithfully', () => {
  it('throws on NaN and Infinity rather than writing null', () => {
    expect(() => canonicalJson({ n: NaN })).toThrow(/cannot hold NaN/);
    expect(() => canonicalJson([Infinity])).toThrow(TypeError);
  });

  it('throws on objects that are not plain, such as a Date or a Map', () => {
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(/cannot hold a Date/);
    expect(() => canonicalJson(new Map())).toThrow(/cannot hold a Map/);
  });

  it('accepts a plain object made in another window (another realm)', () => {
    expect(canonicalJson(runInNewContext('({ b: [1], a: { c: 2 } })'))).toBe('{"a":{"c":2},"b":[1]}');
    expect(() => canonicalJson(runInNewContext('new Date(0)'))).toThrow(/cannot hold a Date/);
  });

  it('accepts objects with no prototype', () => {
    expect(canonicalJson(Object.assign(Object.create(null), { b: 2, a: 1 }))).toBe('{"a":1,"b":2}');
  });
});
