import { describe, expect, it } from 'vitest';
import { firstDifference } from '../../../src/assessor/record-difference';

describe('the first difference between two copies of a record', () => {
  it('is null for equal copies laid out differently', () => {
    expect(firstDifference({ b: [1, { c: 'x' }], a: 1 }, { a: 1, b: [1, { c: 'x' }] })).toBeNull();
  });

  it('names the path of a changed, added or removed value', () => {
    expect(firstDifference({ events: [{ text: 'a' }, { text: 'b' }] }, { events: [{ text: 'a' }, { text: 'B' }] })).toBe('events[1].text');
    expect(firstDifference({ summary: { a: 1 } }, { summary: { a: 1, note: 'x' } })).toBe('summary.note');
    expect(firstDifference({ events: [1, 2] }, { events: [1] })).toBe('events[1]');
  });
});
