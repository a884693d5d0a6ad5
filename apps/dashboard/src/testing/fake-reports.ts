import { GraphQLError } from 'graphql';

import type { ReportFilterInput, SpikeSettingsInput, Urgency } from '../gql/graphql';
import { FAKE_NOW } from './fake-data';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Ranges up to this long are reported per hour, longer ones per day (as on the server). */
const MAX_HOURLY_MS = 72 * HOUR_MS;

/** A spike alert as `activeSpikes`, `report.spikes` and `acknowledgeSpike` answer. */
export interface FakeSpike {
  __typename: 'ReportSpike';
  id: string;
  kind: 'volume' | 'negative';
  channelId: string | null;
  count: number;
  expected: number;
  ratio: number | null;
  reason: string;
  raisedAt: string;
  windowStart: string;
  windowEnd: string;
  acknowledgedAt: string | null;
}

interface Comparison {
  __typename: 'ReportComparison';
  current: number;
  previous: number;
  changePercent: number | null;
}

interface LabelCount {
  __typename: 'ReportLabelCount';
  label: string;
  count: number;
  previous: number;
}

/** A report as `report(filter)` answers (spikes come from the fake's own list). */
export interface FakeReport {
  __typename: 'Report';
  range: {
    __typename: 'ReportRange';
    from: string;
    to: string;
    granularity: 'HOUR' | 'DAY';
    previousFrom: string;
    previousTo: string;
  };
  comments: Comparison;
  negative: Comparison;
  repliesSent: Comparison;
  escalationsOpened: Comparison;
  escalationsResolved: Comparison;
  medianTimeToResolveSeconds: number | null;
  volume: { __typename: 'VolumePoint'; bucket: string; channelId: string; count: number }[];
  sentiment: {
    __typename: 'SentimentPoint';
    bucket: string;
    negative: number;
    neutral: number;
    positive: number;
  }[];
  sentimentShare: LabelCount[];
  intents: LabelCount[];
  urgencies: LabelCount[];
  responseTimes: {
    __typename: 'ResponseTimeRow';
    urgency: Urgency | null;
    p50Seconds: number | null;
    p90Seconds: number | null;
    responded: number;
    slaMinutes: number | null;
    slaCompliance: number | null;
  }[];
  agents: {
    __typename: 'AgentWorkload';
    userId: string | null;
    name: string;
    repliesSent: number;
    labelCorrections: number;
  }[];
  corrections: { __typename: 'CorrectionCount'; field: string; label: string; count: number }[];
  themes: {
    __typename: 'ReportTheme';
    term: string;
    count: number;
    previousCount: number;
    change: number | null;
    examples: { __typename: 'ThemeExample'; commentId: string; excerpt: string }[];
  }[];
  topPosts: {
    __typename: 'TopPost';
    postId: string;
    channelId: string;
    url: string | null;
    excerpt: string | null;
    comments: number;
    negative: number;
  }[];
}

export interface FakeSpikeSettings {
  __typename: 'SpikeSettings';
  multiplier: number;
  minCount: number;
  minIncrease: number;
}

export interface FakeReportOptions {
  /** What `report` answers for a filter; `buildReport` by default. */
  report?: (filter: ReportFilterInput) => FakeReport;
  /** Spike alerts, acknowledged or not. */
  spikes?: FakeSpike[];
  spikeSettings?: Partial<FakeSpikeSettings>;
  /** Makes `report` fail with this error code, until cleared. */
  reportFailWith?: string | null;
}

/** The channels `buildReport` reports on: the ids `buildChannel` gives Facebook and Instagram. */
export const FAKE_REPORT_CHANNELS = ['channel-facebook', 'channel-instagram'] as const;

const comparison = (current: number, previous: number): Comparison => ({
  __typename: 'ReportComparison',
  current,
  previous,
  changePercent: previous === 0 ? null : Math.round(((current - previous) / previous) * 1000) / 10,
});

const labelCount = (label: string, count: number, previous: number): LabelCount => ({
  __typename: 'ReportLabelCount',
  label,
  count,
  previous,
});

/**
 * The range the server would resolve for a filter: whole hours, per hour up to three days, and
 * the buckets (UTC hours or days) that overlap it.
 */
export function fakeReportRange(filter: ReportFilterInput, now = Date.now()) {
  const from = Math.floor(Date.parse(filter.from) / HOUR_MS) * HOUR_MS;
  const to = Math.ceil((filter.to ? Date.parse(filter.to) : now) / HOUR_MS) * HOUR_MS;
  const granularity: 'HOUR' | 'DAY' = to - from <= MAX_HOURLY_MS ? 'HOUR' : 'DAY';
  const step = granularity === 'HOUR' ? HOUR_MS : DAY_MS;
  const buckets: string[] = [];
  for (let time = Math.floor(from / step) * step; time < to; time += step) {
    buckets.push(new Date(time).toISOString());
  }
  return {
    range: {
      __typename: 'ReportRange' as const,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      granularity,
      previousFrom: new Date(from - (to - from)).toISOString(),
      previousTo: new Date(from).toISOString(),
    },
    buckets,
  };
}

/**
 * Comments on Facebook in the bucket at `index`: 1, 4, 7, 3, 6, … (Instagram has 5, 1, 4, …);
 * specs read the first buckets' numbers from here.
 */
export function fakeVolume(index: number, channelIndex: number): number {
  return ((index * 3 + channelIndex * 4) % 7) + 1;
}

/**
 * A report with fixed headline numbers (128 comments, up 28% from 100; 23 negative, up from 15;
 * 64 replies, down 20% from 80; …) and series that follow `fakeVolume` over the filter's buckets.
 */
export function buildReport(
  filter: ReportFilterInput,
  overrides: Partial<FakeReport> = {},
): FakeReport {
  const { range, buckets } = fakeReportRange(filter);
  const channelIds = FAKE_REPORT_CHANNELS.filter(
    (id) => !filter.channelIds?.length || filter.channelIds.includes(id),
  );
  return {
    __typename: 'Report',
    range,
    comments: comparison(128, 100),
    negative: comparison(23, 15),
    repliesSent: comparison(64, 80),
    escalationsOpened: comparison(4, 4),
    escalationsResolved: comparison(3, 0),
    medianTimeToResolveSeconds: 5_400,
    volume: buckets.flatMap((bucket, index) =>
      channelIds.map((channelId) => ({
        __typename: 'VolumePoint' as const,
        bucket,
        channelId,
        count: fakeVolume(index, FAKE_REPORT_CHANNELS.indexOf(channelId)),
      })),
    ),
    sentiment: buckets.map((bucket, index) => ({
      __typename: 'SentimentPoint' as const,
      bucket,
      negative: (index % 3) + 1,
      neutral: 4,
      positive: ((index * 2) % 5) + 2,
    })),
    sentimentShare: [
      labelCount('negative', 23, 15),
      labelCount('neutral', 70, 60),
      labelCount('positive', 35, 25),
    ],
    intents: [
      labelCount('complaint', 31, 20),
      labelCount('service_question', 27, 30),
      labelCount('praise', 22, 18),
      labelCount('medical_advice_request', 12, 6),
      labelCount('spam', 5, 0),
    ],
    urgencies: [
      labelCount('critical', 1, 0),
      labelCount('high', 14, 9),
      labelCount('normal', 70, 61),
      labelCount('low', 43, 30),
    ],
    responseTimes: [
      row('CRITICAL', 240, 600, 1, 15, 1),
      row('HIGH', 1_800, 5_400, 12, 60, 0.83),
      row('NORMAL', 7_200, 28_800, 50, 240, 0.9),
      row('LOW', 14_400, 43_200, 30, 1_440, 0.97),
      row(null, 5_400, 21_600, 93, null, 0.92),
    ],
    agents: [
      {
        __typename: 'AgentWorkload',
        userId: 'user-1',
        name: 'Morgan Lee',
        repliesSent: 40,
        labelCorrections: 6,
      },
      {
        __typename: 'AgentWorkload',
        userId: 'user-2',
        name: 'Sam Rivera',
        repliesSent: 24,
        labelCorrections: 2,
      },
    ],
    corrections: [
      { __typename: 'CorrectionCount', field: 'intents', label: 'complaint', count: 4 },
      { __typename: 'CorrectionCount', field: 'sentiment', label: 'negative', count: 3 },
      { __typename: 'CorrectionCount', field: 'urgency', label: 'high', count: 1 },
    ],
    themes: [
      {
        __typename: 'ReportTheme',
        term: 'parking',
        count: 18,
        previousCount: 4,
        change: 250,
        examples: [
          {
            __typename: 'ThemeExample',
            commentId: 'comment-parking-1',
            excerpt: 'The parking garage was full again when […] came for her appointment',
          },
        ],
      },
      {
        __typename: 'ReportTheme',
        term: 'wait times',
        count: 12,
        previousCount: 0,
        change: null,
        examples: [
          {
            __typename: 'ThemeExample',
            commentId: 'comment-wait-1',
            excerpt: 'Waited three hours in the ER lobby',
          },
        ],
      },
    ],
    topPosts: [
      {
        __typename: 'TopPost',
        postId: 'post-1',
        channelId: 'channel-facebook',
        url: 'https://facebook.test/riverside/posts/1',
        excerpt: 'Our new visitor policy starts Monday',
        comments: 42,
        negative: 9,
      },
    ],
    ...overrides,
  };
}

function row(
  urgency: Urgency | null,
  p50Seconds: number,
  p90Seconds: number,
  responded: number,
  slaMinutes: number | null,
  slaCompliance: number,
): FakeReport['responseTimes'][number] {
  return {
    __typename: 'ResponseTimeRow',
    urgency,
    p50Seconds,
    p90Seconds,
    responded,
    slaMinutes,
    slaCompliance,
  };
}

/** A period without a single comment: zeros in every bucket, empty lists. */
export function buildEmptyReport(filter: ReportFilterInput): FakeReport {
  const { buckets } = fakeReportRange(filter);
  return buildReport(filter, {
    comments: comparison(0, 0),
    negative: comparison(0, 0),
    repliesSent: comparison(0, 0),
    escalationsOpened: comparison(0, 0),
    escalationsResolved: comparison(0, 0),
    medianTimeToResolveSeconds: null,
    volume: [],
    sentiment: buckets.map((bucket) => ({
      __typename: 'SentimentPoint' as const,
      bucket,
      negative: 0,
      neutral: 0,
      positive: 0,
    })),
    sentimentShare: [],
    intents: [],
    urgencies: [],
    responseTimes: [row(null, 0, 0, 0, null, 0)],
    agents: [],
    corrections: [],
    themes: [],
    topPosts: [],
  });
}

let sequence = 0;

/** An open volume spike on Facebook in the hour before FAKE_NOW. */
export function buildSpike(overrides: Partial<FakeSpike> = {}): FakeSpike {
  sequence += 1;
  return {
    __typename: 'ReportSpike',
    id: `spike-${sequence}`,
    kind: 'volume',
    channelId: 'channel-facebook',
    count: 42,
    expected: 7,
    ratio: 6,
    reason: '42 comments in the last hour, 6.0× the usual 7',
    raisedAt: new Date(FAKE_NOW - 5 * 60_000).toISOString(),
    windowStart: new Date(FAKE_NOW - HOUR_MS).toISOString(),
    windowEnd: new Date(FAKE_NOW).toISOString(),
    acknowledgedAt: null,
    ...overrides,
  };
}

/** Reports and spike alerts, as the server answers them (simplified), with a log of requests. */
export function createReportFakes(options: FakeReportOptions = {}) {
  const state = {
    spikes: [...(options.spikes ?? [])],
    spikeSettings: {
      __typename: 'SpikeSettings' as const,
      multiplier: 3,
      minCount: 10,
      minIncrease: 8,
      ...options.spikeSettings,
    },
    reportFailWith: options.reportFailWith ?? null,
  };
  const calls = {
    report: [] as ReportFilterInput[],
    acknowledgeSpike: [] as string[],
    updateSpikeSettings: [] as SpikeSettingsInput[],
  };
  const fail = (code: string, message: string): never => {
    throw new GraphQLError(message, { extensions: { code } });
  };
  const build = options.report ?? ((filter: ReportFilterInput) => buildReport(filter));

  return {
    state,
    calls,
    query: {
      report: (_: unknown, { filter }: { filter: ReportFilterInput }) => {
        calls.report.push(filter);
        if (state.reportFailWith) {
          fail(state.reportFailWith, 'Stub failure');
        }
        const report = build(filter);
        const { from, to } = report.range;
        return {
          ...report,
          spikes: state.spikes.filter(
            (spike) => spike.windowStart >= from && spike.windowStart < to,
          ),
        };
      },
      activeSpikes: () => state.spikes.filter((spike) => !spike.acknowledgedAt),
      spikeSettings: () => state.spikeSettings,
    },
    mutation: {
      acknowledgeSpike: (_: unknown, { id }: { id: string }) => {
        calls.acknowledgeSpike.push(id);
        const spike =
          state.spikes.find((candidate) => candidate.id === id) ??
          fail('NOT_FOUND', 'The spike alert was not found.');
        spike.acknowledgedAt ??= new Date(FAKE_NOW).toISOString();
        return spike;
      },
      updateSpikeSettings: (_: unknown, { input }: { input: SpikeSettingsInput }) => {
        calls.updateSpikeSettings.push(input);
        if (input.multiplier < 1.5 || input.multiplier > 50) {
          fail('BAD_USER_INPUT', 'The multiplier must be a number from 1.5 to 50.');
        }
        Object.assign(state.spikeSettings, input);
        return state.spikeSettings;
      },
    },
  };
}
