import { describe, expect, it } from 'vitest';
import { formatTimestamp, isoTimestampSchema, parseTimestamp } from '../../../src/session/timestamps';

const DATE = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

describe('timestamps', () => {
  it('accept an instant as the game writes it, or with an offset', () => {
    expect(isoTimestampSchema.safeParse(new Date(0).toISOString()).success).toBe(true);
    expect(isoTimestampSchema.safeParse('2026-11-24T09:00:00.000Z').success).toBe(true);
    expect(isoTimestampSchema.safeParse('2026-11-24T09:00:00+01:00').success).toBe(true);
  });

  it('refuse text that is not an instant', () => {
    for (const bad of ['sometime', 'last Tuesday', '', '2026-11-24', '2026-13-40T99:00:00Z']) {
      expect(isoTimestampSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('format a date, and never throw on one that cannot be read', () => {
    expect(formatTimestamp(DATE, '2026-11-24T09:00:00.000Z')).toBe('24 Nov 2026');
    expect(formatTimestamp(DATE, 'sometime')).toBe('an unknown date');
    expect(formatTimestamp(DATE, undefined as unknown as string, '?')).toBe('?');
    expect(parseTimestamp('sometime')).toBeNull();
  });
});
