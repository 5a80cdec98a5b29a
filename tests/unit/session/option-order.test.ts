import { describe, expect, it } from 'vitest';
import { displayOrder } from '../../../src/session/option-order';

const options = (pinned: number[] = []) => ['a', 'b', 'c', 'd'].map((id, i) => ({ id, pinned: pinned.includes(i) }));
const ids = (list: { id: string }[]) => list.map((o) => o.id).join('');

describe('displayOrder', () => {
  it('is the same for the same seed and decision', () => {
    expect(ids(displayOrder(options(), 99, 3))).toBe(ids(displayOrder(options(), 99, 3)));
  });

  it('keeps every option exactly once', () => {
    expect(ids(displayOrder(options(), 5, 0)).split('').sort().join('')).toBe('abcd');
  });

  it('varies across seeds and decisions, so the best option is not always in one place', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 40; seed++) orders.add(ids(displayOrder(options(), seed, seed % 3)));
    expect(orders.size).toBeGreaterThan(8);
    const firsts = new Set([...orders].map((o) => o[0]));
    expect(firsts).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('leaves pinned options where the author put them', () => {
    for (let seed = 0; seed < 30; seed++) {
      const order = ids(displayOrder(options([0, 3]), seed, 1));
      expect(order[0]).toBe('a');
      expect(order[3]).toBe('d');
    }
  });
});
