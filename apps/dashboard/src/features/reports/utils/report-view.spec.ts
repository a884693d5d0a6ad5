import { localDay } from '../../inbox/utils/today';
import { bucketWindow, inboxHref } from './inbox-links';
import { formatChange, formatDuration } from './report-format';
import {
  DEFAULT_REPORT_VIEW,
  parseReportView,
  reportCsvHref,
  reportZipHref,
  serializeReportView,
  toReportFilter,
} from './report-view';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** 14:25 UTC: presets start on the next whole hour, so 15:00. */
const NOW = Date.parse('2026-01-15T14:25:00.000Z');

describe('report view in the URL', () => {
  it('reads the last 7 days of every channel from an empty query string', () => {
    expect(parseReportView(new URLSearchParams())).toEqual(DEFAULT_REPORT_VIEW);
    expect(serializeReportView(DEFAULT_REPORT_VIEW).toString()).toBe('');
  });

  it('keeps a shared link as it was written', () => {
    const search = 'range=custom&from=2026-01-01&to=2026-01-31&channels=a,b&compare=off&post=p-1';
    const view = parseReportView(new URLSearchParams(search));
    expect(view).toEqual({
      range: 'custom',
      from: '2026-01-01',
      to: '2026-01-31',
      channelIds: ['a', 'b'],
      compare: false,
      postId: 'p-1',
    });
    expect(serializeReportView(view).toString()).toBe(search.replace(',', '%2C'));
  });

  it('ignores what it does not know, and days without a custom range', () => {
    expect(parseReportView(new URLSearchParams('range=1y&from=yesterday'))).toEqual(
      DEFAULT_REPORT_VIEW,
    );
    expect(parseReportView(new URLSearchParams('range=30d&from=2026-01-01'))).toMatchObject({
      range: '30d',
      from: null,
    });
    expect(parseReportView(new URLSearchParams('from=2026-01-01'))).toMatchObject({
      range: 'custom',
      from: '2026-01-01',
    });
  });
});

describe('toReportFilter', () => {
  it('starts a preset on a whole hour and leaves its end to the server', () => {
    const { filter } = toReportFilter({ ...DEFAULT_REPORT_VIEW, range: '24h' }, NOW);
    expect(filter).toEqual({ from: '2026-01-14T15:00:00.000Z' });
    // The same all hour long, so Apollo does not ask again each minute.
    expect(toReportFilter({ ...DEFAULT_REPORT_VIEW, range: '24h' }, NOW + 30 * 60_000)).toEqual({
      filter,
      problem: null,
    });
  });

  it('passes the channels and the post', () => {
    const { filter } = toReportFilter(
      { ...DEFAULT_REPORT_VIEW, channelIds: ['a'], postId: 'p-1' },
      NOW,
    );
    expect(filter).toEqual({
      from: new Date(Date.parse('2026-01-15T15:00:00.000Z') - 7 * DAY_MS).toISOString(),
      channelIds: ['a'],
      postId: 'p-1',
    });
  });

  it('reads custom days in local time, the last day included, up to the current hour', () => {
    const view = { ...DEFAULT_REPORT_VIEW, range: 'custom' as const };
    expect(toReportFilter({ ...view, from: '2026-01-01', to: '2026-01-07' }, NOW).filter).toEqual({
      from: new Date(2026, 0, 1).toISOString(),
      to: new Date(2026, 0, 8).toISOString(),
    });
    const today = localDay(new Date(NOW));
    expect(toReportFilter({ ...view, from: '2026-01-01', to: today }, NOW).filter?.to).toBe(
      '2026-01-15T15:00:00.000Z',
    );
  });

  it('says why a custom range cannot be reported on', () => {
    const view = { ...DEFAULT_REPORT_VIEW, range: 'custom' as const };
    expect(toReportFilter({ ...view, from: '2026-01-10', to: '2026-01-05' }, NOW).problem).toBe(
      'The first day must be on or before the last day.',
    );
    expect(toReportFilter({ ...view, from: '2027-01-01', to: null }, NOW).problem).toBe(
      'The range cannot start in the future.',
    );
    expect(toReportFilter({ ...view, from: '2024-01-01', to: '2026-01-01' }, NOW).problem).toBe(
      'A report covers at most 400 days.',
    );
    expect(toReportFilter({ ...view, from: null, to: null }, NOW).problem).toBe(
      'Pick the first day of the range.',
    );
  });
});

describe('export links', () => {
  it('carry the same filter as the report', () => {
    const filter = {
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-01-08T00:00:00.000Z',
      channelIds: ['a', 'b'],
      postId: 'p-1',
    };
    const query =
      'from=2026-01-01T00%3A00%3A00.000Z&to=2026-01-08T00%3A00%3A00.000Z&channelIds=a%2Cb&postId=p-1';
    expect(reportCsvHref('response-times', filter)).toBe(
      `/api/reports/response-times.csv?${query}`,
    );
    expect(reportZipHref(filter)).toBe(`/api/reports/report.zip?${query}`);
    expect(reportCsvHref('volume', { from: '2026-01-01T00:00:00.000Z' })).toBe(
      '/api/reports/volume.csv?from=2026-01-01T00%3A00%3A00.000Z',
    );
  });
});

describe('inbox drill-down', () => {
  const channels = [
    { id: 'fb-1', kind: 'FACEBOOK', displayName: 'Main page' },
    { id: 'fb-2', kind: 'FACEBOOK', displayName: 'Cancer centre' },
    { id: 'ig-1', kind: 'INSTAGRAM', displayName: '@clinic' },
  ];
  const range = { from: '2026-01-08T15:00:00.000Z', to: '2026-01-15T15:00:00.000Z' };

  it('trims a bucket to the report range', () => {
    expect(bucketWindow('2026-01-08T00:00:00.000Z', 'DAY', range)).toEqual({
      from: '2026-01-08T15:00:00.000Z',
      to: '2026-01-09T00:00:00.000Z',
    });
    expect(bucketWindow('2026-01-10T04:00:00.000Z', 'HOUR', range)).toEqual({
      from: '2026-01-10T04:00:00.000Z',
      to: '2026-01-10T05:00:00.000Z',
    });
  });

  it('opens every status, by platform, over the local days the window covers', () => {
    const window = { from: '2026-01-10T04:00:00.000Z', to: '2026-01-10T05:00:00.000Z' };
    const day = localDay(new Date(window.from));
    expect(inboxHref({ channelIds: ['fb-2', 'ig-1', 'fb-1'], channels, window })).toBe(
      `/inbox?status=all&channel=facebook%2Cinstagram&from=${day}&to=${day}`,
    );
    expect(inboxHref({ channelIds: [], channels, window, intent: 'complaint' })).toBe(
      `/inbox?status=all&intent=complaint&from=${day}&to=${day}`,
    );
  });
});

describe('formatting', () => {
  it('reads durations and changes at a glance', () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(1_800)).toBe('30 min');
    expect(formatDuration(5_400)).toBe('1 h 30 min');
    expect(formatDuration((3 * DAY_MS) / 1000 + 4 * 3600)).toBe('3 d 4 h');
    expect(formatChange(27.6)).toBe('+28%');
    expect(formatChange(-20)).toBe('−20%');
    expect(formatChange(0.2)).toBe('0%');
  });
});
