import {
  INTENT_LABELS,
  INTENTS,
  SENTIMENT_LABELS,
  type SentimentLabel,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';

import type { ReportGranularity } from '../../../gql/graphql';
import { SENTIMENT_LABELS_TEXT, URGENCY_LABELS } from '../../../ui/labels';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** How long one bucket of the series lasts. */
export function bucketLength(granularity: ReportGranularity): number {
  return granularity === 'HOUR' ? HOUR_MS : DAY_MS;
}

// Day buckets are whole UTC days (as the server rolls them up), so they are named in UTC: a
// reader west of Greenwich would otherwise see every day labelled as the one before. Hour
// buckets are read in the reader's own time zone.
const dayTick = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const dayLabel = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const hourTick = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });
const hourLabel = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const rangeFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const dateTimeFormat = new Intl.DateTimeFormat('en', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** Short axis ticks: "Jan 15" per day, "2:00 PM" per hour. */
export function formatBucketTick(bucket: string, granularity: ReportGranularity): string {
  const date = new Date(bucket);
  if (Number.isNaN(date.getTime())) {
    return bucket;
  }
  return granularity === 'HOUR' ? hourTick.format(date) : dayTick.format(date);
}

/** Full names for tooltips and tables: "Thu, Jan 15, 2026" or "Thu, Jan 15, 2:00 PM". */
export function formatBucketLabel(bucket: string, granularity: ReportGranularity): string {
  const date = new Date(bucket);
  if (Number.isNaN(date.getTime())) {
    return bucket;
  }
  return granularity === 'HOUR' ? hourLabel.format(date) : dayLabel.format(date);
}

/** "Jan 8, 2026, 2:00 PM – Jan 15, 2026, 2:00 PM": the range a report covers. */
export function formatRange(from: string, to: string): string {
  return rangeFormat.formatRange(new Date(from), new Date(to));
}

/** "Jan 15, 2:00 PM": when something happened. */
export function formatDateTime(value: string): string {
  return dateTimeFormat.format(new Date(value));
}

const countFormat = new Intl.NumberFormat('en');

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "+28%", "−12%", "0%": a change against the previous period. */
export function formatChange(changePercent: number): string {
  const rounded = Math.round(changePercent);
  if (rounded === 0) {
    return '0%';
  }
  return `${rounded > 0 ? '+' : '−'}${countFormat.format(Math.abs(rounded))}%`;
}

/** A change in percent, or null when there was nothing before (the API's `changePercent`). */
export function changeBetween(current: number, previous: number): number | null {
  return previous === 0 ? null : ((current - previous) / previous) * 100;
}

/** "93%" for a share from 0 to 1. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "45 s", "12 min", "3 h 20 min", "2 d 4 h": a duration read at a glance. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) {
    return `${Math.round(seconds)} s`;
  }
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours === 0 ? `${days} d` : `${days} d ${restHours} h`;
}

/** "medical_advice_request" → "Medical advice request", for labels the vocabulary does not name. */
function humanize(value: string): string {
  const words = value.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function isIntent(value: string): value is (typeof INTENTS)[number] {
  return (INTENTS as readonly string[]).includes(value);
}

export function isSentiment(value: string): value is SentimentLabel {
  return (SENTIMENT_LABELS as readonly string[]).includes(value);
}

export function isUrgency(value: string): value is Urgency {
  return (URGENCIES as readonly string[]).includes(value);
}

export function intentLabel(value: string): string {
  return isIntent(value) ? INTENT_LABELS[value] : humanize(value);
}

export function sentimentLabel(value: string): string {
  return isSentiment(value) ? SENTIMENT_LABELS_TEXT[value] : humanize(value);
}

export function urgencyLabel(value: string): string {
  return isUrgency(value) ? URGENCY_LABELS[value] : humanize(value);
}

/** The triage fields a person can correct, as the corrections table names them. */
const CORRECTION_FIELDS: Record<string, { name: string; label: (value: string) => string }> = {
  sentiment: { name: 'Sentiment', label: sentimentLabel },
  intents: { name: 'Intent', label: intentLabel },
  urgency: { name: 'Urgency', label: urgencyLabel },
};

export function correctionFieldName(field: string): string {
  return CORRECTION_FIELDS[field]?.name ?? humanize(field);
}

export function correctionLabel(field: string, value: string): string {
  return (CORRECTION_FIELDS[field]?.label ?? humanize)(value);
}
