const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const exactFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
});
const dayFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric' });

const UNITS: ReadonlyArray<[limit: number, size: number, unit: Intl.RelativeTimeFormatUnit]> = [
  [HOUR, MINUTE, 'minute'],
  [DAY, HOUR, 'hour'],
  [WEEK, DAY, 'day'],
  [MONTH, WEEK, 'week'],
  [YEAR, MONTH, 'month'],
  [Number.POSITIVE_INFINITY, YEAR, 'year'],
];

/**
 * "just now", "3 minutes ago", "yesterday", "2 weeks ago". Anything under a minute either way reads
 * "just now": the clock the dashboard renders with only ticks once a minute.
 */
export function formatRelativeTime(value: string | number | Date, now: number): string {
  const seconds = Math.round((now - new Date(value).getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  if (magnitude < MINUTE) {
    return 'just now';
  }
  const [, size, unit] = UNITS.find(([limit]) => magnitude < limit) ?? UNITS[UNITS.length - 1];
  const amount = Math.floor(magnitude / size);
  return relativeFormat.format(seconds > 0 ? -amount : amount, unit);
}

/** "Mon, Nov 23, 2026, 7:39 AM UTC": the exact time, in the reader's time zone. */
export function formatExactTime(value: string | number | Date): string {
  return exactFormat.format(new Date(value));
}

/** "Nov 23": short dates for filter summaries. */
export function formatShortDate(value: string | number | Date): string {
  return dayFormat.format(new Date(value));
}
