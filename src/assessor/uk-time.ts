import { formatTimestamp } from '../session/timestamps';

/**
 * Times in witness records are shown in UK time whatever the device's own time zone, so a record
 * reads the same on every machine and on paper.
 */
const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
const longDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** "14:03:07" for an ISO instant. */
export function ukClockTime(iso: string): string {
  return formatTimestamp(clock, iso, 'unknown time');
}

/** "24 November 2026" for a calendar date written YYYY-MM-DD. */
export function longUkDate(isoDate: string): string {
  return formatTimestamp(longDate, `${isoDate}T00:00:00Z`);
}

/** "8 s", "1 min 5 s". */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
