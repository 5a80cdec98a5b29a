import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findKsb, KsbCatalogueError, parseKsbCatalogue, readKsbListFile } from '../../../src/content/ksb-catalogue';

const shippedText = readFileSync(new URL('../../../stories/ksbs.json', import.meta.url), 'utf8');
const shipped = JSON.parse(shippedText);

/** A small list as an organisation might write it: no descriptions, no axes. */
const small = {
  format: 'common-ground/ksbs',
  version: 2,
  standard: 'Customer service practitioner',
  reference: 'ST0072',
  items: [
    { code: 'K1', kind: 'knowledge', title: 'Knowing your customers' },
    { code: 'S2', kind: 'skill', title: 'Interpersonal skills' },
    { code: 'B3', kind: 'behaviour', title: 'Right first time' },
  ],
};

function problem(value: unknown): string {
  const reading = readKsbListFile(typeof value === 'string' ? value : JSON.stringify(value));
  return reading.kind === 'invalid' ? reading.problems.join(' | ') : 'accepted';
}

function withItem(i: number, change: Record<string, unknown>) {
  return { ...small, items: small.items.map((item, j) => (j === i ? { ...item, ...change } : item)) };
}

describe('the KSB list', () => {
  it('accepts the built-in list through the same reading as an imported file', () => {
    const reading = readKsbListFile(shippedText);
    expect(reading.kind).toBe('ok');
    const catalogue = reading.kind === 'ok' ? reading.list : parseKsbCatalogue(shipped);
    expect(catalogue).toMatchObject({ reference: 'ST0314', version: 1 });
    expect(findKsb(catalogue, 'P-S8')).toMatchObject({ kind: 'skill', title: 'Raises concerns and escalates', axis: 'challenge' });
    expect(findKsb(catalogue, 'P-S99')).toBeUndefined();
  });

  it('accepts the example file Settings links to', () => {
    const example = readFileSync(new URL('../../../public/ksb-list-example.json', import.meta.url), 'utf8');
    expect(readKsbListFile(example)).toMatchObject({ kind: 'ok', list: { reference: 'ST0072', version: 1 } });
  });

  it('names every problem in a file: the list’s own fields first, then each KSB in order', () => {
    const reading = readKsbListFile(JSON.stringify({ ...small, version: 0, items: [{ ...small.items[0], title: undefined }, 'S2'], owner: 'Training team' }));
    expect(reading).toEqual({
      kind: 'invalid',
      problems: ['The list has a version below 1.', 'The list has a field a KSB list does not have: "owner".', 'KSB 1 (code K1) has no title.', 'KSB 2 is not an object with a code, kind and title.'],
    });
  });

  it('accepts a list whose KSBs have only a code, kind and title', () => {
    const reading = readKsbListFile(JSON.stringify(small));
    expect(reading).toEqual({ kind: 'ok', list: small });
  });

  it('accepts a file that starts with a byte-order mark', () => {
    expect(readKsbListFile(`\uFEFF${JSON.stringify(small)}`).kind).toBe('ok');
  });

  it.each([
    ['a KSB with no title', withItem(2, { title: undefined }), 'KSB 3 (code B3) has no title.'],
    ['a KSB with a blank title', withItem(1, { title: '  ' }), 'KSB 2 (code S2) has no title.'],
    ['a KSB with no code', withItem(0, { code: undefined }), 'KSB 1 has no code.'],
    ['a KSB with no kind', withItem(1, { kind: undefined }), 'KSB 2 (code S2) has no kind (knowledge, skill or behaviour).'],
    ['an unknown kind', withItem(0, { kind: 'attitude' }), 'KSB 1 (code K1) has kind "attitude"; a kind is knowledge, skill or behaviour.'],
    ['an unknown axis', withItem(0, { axis: 'kindness' }), 'KSB 1 (code K1) has axis "kindness"; an axis is compliance, communication or challenge.'],
    ['a code a tag could not hold', withItem(0, { code: 'K 1' }), 'KSB 1 (code K 1) has a code that is not only letters, digits, dots and hyphens (e.g. "S2" or "P-K3").'],
    ['a code listed twice', withItem(2, { code: 'K1' }), 'KSB 3 (code K1) has the same code as KSB 1.'],
    ['no standard name', { ...small, standard: undefined }, 'The list has no standard name.'],
    ['no reference', { ...small, reference: undefined }, 'The list has no reference (e.g. "ST0314").'],
    ['no version', { ...small, version: undefined }, 'The list has no version.'],
    ['a version that is not whole', { ...small, version: 2.5 }, 'The list has a version that is not a whole number.'],
    ['no KSBs', { ...small, items: [] }, 'The list has no KSBs in "items".'],
    ['no format mark', { ...small, format: undefined }, 'The list is not marked as a KSB list: it needs "format": "common-ground/ksbs".'],
    ['an unknown field on the list', { ...small, owner: 'Training team' }, 'The list has a field a KSB list does not have: "owner".'],
    ['an unknown field on a KSB', withItem(1, { level: 3 }), 'KSB 2 (code S2) has a field a KSB list does not have: "level".'],
    ['a KSB that is not an object', { ...small, items: ['K1'] }, 'KSB 1 is not an object with a code, kind and title.'],
    ['a list that is not an object', [small], 'The list is not a JSON object.'],
  ])('refuses %s, saying which', (_what, value, message) => {
    expect(problem(value)).toBe(message);
  });

  it('refuses a key written twice, with its line, though JSON.parse would keep the last', () => {
    const text = JSON.stringify(small, null, 2).replace('"version": 2,', '"version": 2,\n  "version": 3,');
    expect(problem(text)).toBe('The file is not valid JSON at line 4, column 3: the key "version" appears twice in the same object.');
  });

  it('refuses a file that is not JSON', () => {
    expect(problem('{ "format": ')).toMatch(/^The file is not valid JSON at line 1/);
  });

  it('throws for the build, naming the file', () => {
    expect(() => parseKsbCatalogue({ ...shipped, items: [] }, 'official.json')).toThrow(KsbCatalogueError);
    expect(() => parseKsbCatalogue({ ...shipped, items: [] }, 'official.json')).toThrow(/^official\.json is not a valid KSB list: The list has no KSBs/);
  });
});
