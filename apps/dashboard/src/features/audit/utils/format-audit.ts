const timeFormat = new Intl.DateTimeFormat('en', {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

/** "Nov 23, 2026, 12:00:05 PM": an audit row needs the exact moment, not "3 hours ago". */
export function formatAuditTime(value: string): string {
  return timeFormat.format(new Date(value));
}

/**
 * Ids are UUIDs; their first characters encode the time (v7), so rows written close together
 * share them. The last eight tell rows apart; the whole id is in the tooltip and the export.
 */
export function shortId(id: string): string {
  return id.length > 12 ? `…${id.slice(-8)}` : id;
}

/** "12,345" */
export function formatCount(count: number): string {
  return count.toLocaleString('en');
}
