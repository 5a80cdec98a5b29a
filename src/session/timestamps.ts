import { z } from '../core/zod';

/**
 * An instant as the game writes it (`Date.prototype.toISOString`), or with an offset. Every
 * timestamp is checked against this where data enters (session events, stored records, profile
 * files), so no screen ever meets "sometime" or "last Tuesday".
 */
export const isoTimestampSchema = z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-11-24T09:00:00.000Z' });

/** The instant, or null if the text is not one. */
export function parseTimestamp(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Formats a timestamp and never throws: text that is not a date (data older than the checks, or a
 * record damaged on disk) reads as `unknown` rather than blanking the screen.
 */
export function formatTimestamp(format: Intl.DateTimeFormat, iso: string, unknown = 'an unknown date'): string {
  const date = typeof iso === 'string' ? parseTimestamp(iso) : null;
  return date ? format.format(date) : unknown;
}
