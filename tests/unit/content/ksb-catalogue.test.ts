import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findKsb, KsbCatalogueError, parseKsbCatalogue } from '../../../src/content/ksb-catalogue';

const shipped = JSON.parse(readFileSync(new URL('../../../stories/ksbs.json', import.meta.url), 'utf8'));

function withItems(items: unknown[]) {
  return { ...shipped, items };
}

describe('the KSB list', () => {
  it('accepts the shipped list and finds an entry by code', () => {
    const catalogue = parseKsbCatalogue(shipped);
    expect(catalogue.version).toBe(1);
    expect(findKsb(catalogue, 'P-S8')).toMatchObject({ kind: 'skill', title: 'Raises concerns and escalates', axis: 'challenge' });
    expect(findKsb(catalogue, 'P-S99')).toBeUndefined();
  });

  it('refuses a code listed twice, naming the second entry', () => {
    const first = shipped.items[0];
    expect(() => parseKsbCatalogue(withItems([first, { ...first, title: 'Again' }]))).toThrow(/at items\.1\.code: code "P-K1" is listed twice/);
  });

  it.each([
    ['an unknown kind', { kind: 'attitude' }, /items\.0\.kind/],
    ['an unknown axis', { axis: 'kindness' }, /items\.0\.axis/],
    ['a code a tag could not hold', { code: 'P K1' }, /items\.0\.code: a KSB code is letters/],
    ['an empty title', { title: '' }, /items\.0\.title/],
  ])('refuses an entry with %s', (_what, change, message) => {
    expect(() => parseKsbCatalogue(withItems([{ ...shipped.items[0], ...change }]))).toThrow(message);
  });

  it('refuses a file that is not a KSB list at all', () => {
    expect(() => parseKsbCatalogue({ format: 'something-else', items: [] })).toThrow(KsbCatalogueError);
    expect(() => parseKsbCatalogue({ ...shipped, items: [] }, 'official.json')).toThrow(/^official\.json is not a valid KSB list at items/);
  });
});
