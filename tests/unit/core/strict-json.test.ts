import { describe, expect, it } from 'vitest';
import { parseStrictJson } from '../../../src/core/strict-json';

describe('strict JSON', () => {
  it('reads ordinary JSON to the same value as JSON.parse', () => {
    const text = '{"a": [1, -2.5e3, "x\\"y", {"b": null}], "c": {"a": true}}';
    expect(parseStrictJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  it('refuses a key that appears twice in one object, at its line and column', () => {
    expect(parseStrictJson('{\n  "a": 1,\n  "a": 2\n}')).toEqual({ ok: false, line: 3, column: 3, problem: 'the key "a" appears twice in the same object' });
  });

  it('compares keys as JSON reads them, so an escaped spelling of the same key is still a duplicate', () => {
    expect(parseStrictJson('{"note": 1, "n\\u006fte": 2}')).toMatchObject({ ok: false, problem: 'the key "note" appears twice in the same object' });
  });

  it('allows the same key in different objects, and a string value that looks like a key', () => {
    expect(parseStrictJson('[{"a": "a"}, {"a": {"a": 1}}]').ok).toBe(true);
  });

  it('refuses numbers too large to hold', () => {
    expect(parseStrictJson('{"n": 1e400}')).toMatchObject({ ok: false, problem: 'the number 1e400 is too large to hold' });
    expect(parseStrictJson('[-1E999]')).toMatchObject({ ok: false, problem: 'the number -1E999 is too large to hold' });
  });

  it('allows one leading byte-order mark and nothing else that is not JSON', () => {
    expect(parseStrictJson('\uFEFF{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseStrictJson('{"a": 1,}')).toMatchObject({ ok: false, line: 1, problem: 'this is not valid JSON' });
  });
});
