import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/core/csv';

describe('CSV fields', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['She said "no"', '"She said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['-2 for this', "'-2 for this"],
    ['@home, later', `"'@home, later"`],
    ['', ''],
  ])('writes %j as %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes numbers as numbers, negative ones included, and null as an empty field', () => {
    expect([csvField(-2), csvField(0), csvField(12), csvField(null)]).toEqual(['-2', '0', '12', '']);
  });

  it('ends every row with CRLF', () => {
    expect(toCsv([['a', 1], ['b, c', null]])).toBe('a,1\r\n"b, c",\r\n');
  });
});
