import { describe, expect, it } from 'vitest';
import { ownEntry } from '../../../src/core/own-entry';
import { placeName } from '../../../src/ui/services/scene-description';

describe('ownEntry', () => {
  it("finds a table's own entries and never Object's members", () => {
    const table = { 'front-desk': 'the front desk' };
    expect(ownEntry(table, 'front-desk')).toBe('the front desk');
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(ownEntry(table, name)).toBeUndefined();
  });
});

describe('names authors write, looked up in the project tables', () => {
  it('"constructor" as a place or sound gets the plain fallback, not a function', () => {
    expect(placeName('constructor')).toBe('constructor');
    expect(typeof placeName('__proto__')).toBe('string');
  });
});
