import { SpikeWatch } from '@bedside/server';
import { DataSource } from 'typeorm';

import { INGEST, type IngestReportShape } from './fixtures';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

const REPORT = /* GraphQL */ `
  query Report($filter: ReportFilterInput!) {
    report(filter: $filter) {
      range {
        granularity
        from
        to
      }
      comments {
        current
        previous
        changePercent
      }
      negative {
        current
      }
      volume {
        bucket
        channelId
        count
      }
      sentiment {
        bucket
        negative
        neutral
        positive
      }
      intents {
        label
        count
        previous
      }
      urgencies {
        label
        count
      }
      responseTimes {
        urgency
        responded
        p50Seconds
        slaCompliance
      }
      themes {
        term
        count
        examples {
          excerpt
        }
      }
      topPosts {
        postId
        comments
      }
    }
  }
`;

interface ReportShape {
  report: {
    range: { granularity: string; from: string; to: string };
    comments: { current: number; previous: number; changePercent: number | null };
    negative: { current: number };
    volume: { bucket: string; channelId: string; count: number }[];
    sentiment: { bucket: string; negative: number; neutral: number; positive: number }[];
    intents: { label: string; count: number; previous: number }[];
    urgencies: { label: string; count: number }[];
    responseTimes: {
      urgency: string | null;
      responded: number;
      p50Seconds: number | null;
      slaCompliance: number | null;
    }[];
    themes: { term: string; count: number; examples: { excerpt: string }[] }[];
    topPosts: { postId: string; comments: number }[];
  };
}

/** Test clock: 2026-11-23T12:00Z. */
const NOW = Date.UTC(2026, 10, 23, 12);
const HOUR = 3_600_000;

const TEXTS = [
  'The parking garage was full again and I missed my appointment.',
  'Parking is impossible here, please add more spaces.',
  'Thank you to the nurses on 4 West, wonderful care!',
  'Why is the ER wait time six hours?? Unacceptable.',
  'Should I give my 2 year old ibuprofen for this fever?',
  'Is the pharmacy open on Sundays?',
  'Billing sent me the same invoice twice, call me at 555-201-3344.',
  'Great job on the new cafeteria menu.',
];

describe.each(dialectsUnderTest())('reports from rollups on %s', (dialect) => {
  let test: TestApp;
  let dataSource: DataSource;

  /** `?` placeholders, numbered for PostgreSQL. */
  async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    let index = 0;
    const text = dialect === 'postgres' ? sql.replace(/\?/g, () => `$${(index += 1)}`) : sql;
    return dataSource.query<T[]>(text, params);
  }

  async function report(filter: Record<string, unknown>): Promise<ReportShape['report']> {
    const result = await test.gql<ReportShape>(REPORT, { filter });
    if (!result.data) {
      throw new Error(JSON.stringify(result.errors));
    }
    return result.data.report;
  }

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    dataSource = test.app.get(DataSource);
    // 160 comments over the last 10 days and 40 over the 10 before, on two channels and posts.
    const comments = Array.from({ length: 200 }, (_, index) => ({
      channel: index % 3 === 0 ? 'instagram' : 'facebook',
      externalId: `r-${index}`,
      authorName: `Author ${index % 17}`,
      text: TEXTS[index % TEXTS.length],
      postExternalId: index % 2 === 0 ? 'post-a' : 'post-b',
      createdAt: new Date(
        index < 160
          ? NOW - (index * 1.5 + 1) * HOUR
          : NOW - (10 * 24 + (index - 160) * 4 + 1) * HOUR,
      ).toISOString(),
    }));
    const result = await test.gql<IngestReportShape>(INGEST, { comments });
    if (result.data?.ingestComments.accepted !== 200) {
      throw new Error(JSON.stringify(result));
    }
  }, 60_000);

  afterAll(async () => {
    await test?.close();
  });

  it('matches a full scan of the comments for volume, sentiment, intents and urgency', async () => {
    const from = new Date(NOW - 10 * 24 * HOUR);
    const result = await report({ from: from.toISOString() });
    expect(result.range.granularity).toBe('DAY');
    const scanned = await rows<{
      channel_id: string;
      sentiment: string | null;
      urgency: string | null;
      intents: string | null;
    }>(
      `SELECT "channel_id", "sentiment", "urgency", "intents" FROM "comments" WHERE "created_at" >= ? AND "created_at" < ?`,
      [stored(startOfDay(from)), stored(new Date(NOW))],
    );
    expect(result.comments.current).toBe(scanned.length);
    expect(result.volume.reduce((sum, point) => sum + point.count, 0)).toBe(scanned.length);
    for (const channelId of new Set(scanned.map((row) => row.channel_id))) {
      expect(
        result.volume
          .filter((point) => point.channelId === channelId)
          .reduce((sum, point) => sum + point.count, 0),
      ).toBe(scanned.filter((row) => row.channel_id === channelId).length);
    }
    const negative = scanned.filter((row) => row.sentiment === 'negative').length;
    expect(result.negative.current).toBe(negative);
    expect(result.sentiment.reduce((sum, point) => sum + point.negative, 0)).toBe(negative);
    const complaints = scanned.filter((row) => (row.intents ?? '').includes('"complaint"')).length;
    expect(result.intents.find((intent) => intent.label === 'complaint')?.count).toBe(complaints);
    expect(complaints).toBeGreaterThan(0);
    for (const urgency of ['critical', 'high', 'normal', 'low']) {
      expect(result.urgencies.find((row) => row.label === urgency)?.count).toBe(
        scanned.filter((row) => row.urgency === urgency).length,
      );
    }
    expect(result.comments.previous).toBeGreaterThan(0);
    // post-a and post-b on each of the two channels.
    expect(result.topPosts).toHaveLength(4);
    expect(result.topPosts.reduce((sum, post) => sum + post.comments, 0)).toBe(scanned.length);
  });

  it('uses hourly buckets for short ranges, with zeros for quiet hours', async () => {
    const result = await report({ from: new Date(NOW - 24 * HOUR).toISOString() });
    expect(result.range.granularity).toBe('HOUR');
    const buckets = new Set(result.sentiment.map((point) => point.bucket));
    expect(buckets.size).toBe(24);
    expect(
      result.sentiment.some((point) => point.negative + point.neutral + point.positive === 0),
    ).toBe(true);
  });

  it('keeps the rollups exact when a teammate corrects a label', async () => {
    const from = new Date(NOW - 10 * 24 * HOUR).toISOString();
    const before = await report({ from });
    const [row] = await rows<{ id: string; sentiment: string }>(
      `SELECT "id", "sentiment" FROM "comments" WHERE "external_id" = ?`,
      ['r-2'],
    );
    const target = row.sentiment === 'negative' ? 'POSITIVE' : 'NEGATIVE';
    const corrected = await test.gql(
      `mutation($input: CorrectTriageInput!) { correctTriage(input: $input) { id } }`,
      { input: { commentId: row.id, sentiment: target } },
    );
    expect(corrected.errors).toBeUndefined();
    const after = await report({ from });
    expect(after.comments.current).toBe(before.comments.current);
    expect(after.negative.current).toBe(before.negative.current + (target === 'NEGATIVE' ? 1 : -1));
  });

  it('counts first responses in the response-time histogram', async () => {
    const [row] = await rows<{ id: string }>(
      `SELECT "id" FROM "comments" WHERE "external_id" = ?`,
      ['r-0'],
    );
    const replied = await test.gql(
      `mutation($input: UpdateCommentStatusInput!) { updateCommentStatus(input: $input) { id } }`,
      { input: { id: row.id, status: 'REPLIED' } },
    );
    expect(replied.errors).toBeUndefined();
    const result = await report({ from: new Date(NOW - 10 * 24 * HOUR).toISOString() });
    const all = result.responseTimes.find((line) => line.urgency === null);
    expect(all?.responded).toBe(1);
    expect(all?.p50Seconds).not.toBeNull();
  });

  it('finds rising themes without ever showing PHI', async () => {
    const result = await report({ from: new Date(NOW - 10 * 24 * HOUR).toISOString() });
    const terms = result.themes.map((theme) => theme.term);
    expect(terms.some((term) => term.includes('parking'))).toBe(true);
    const text = JSON.stringify(result.themes);
    expect(text).not.toContain('555-201-3344');
  });

  it('exports each table as CSV and all of them as a zip', async () => {
    const from = new Date(NOW - 7 * 24 * HOUR).toISOString();
    const csv = await fetch(`${test.url}/api/reports/intents.csv?from=${from}`, {
      headers: { authorization: `Bearer ${test.adminToken}` },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const body = await csv.text();
    expect(body).toContain('Intent,Comments,Previous period');
    const zip = await fetch(`${test.url}/api/reports/report.zip?from=${from}`, {
      headers: { authorization: `Bearer ${test.adminToken}` },
    });
    expect(zip.status).toBe(200);
    const bytes = Buffer.from(await zip.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from('volume.csv'))).toBe(true);
    const anonymous = await fetch(`${test.url}/api/reports/intents.csv?from=${from}`);
    expect(anonymous.status).toBe(401);
  });

  it('raises one spike alert when the last hour storms', async () => {
    const storm = Array.from({ length: 45 }, (_, index) => ({
      channel: 'facebook',
      externalId: `storm-${index}`,
      authorName: `Angry ${index}`,
      text: 'Six hour wait in the ER tonight, this is unacceptable!',
      createdAt: new Date(NOW - (index + 1) * 60_000).toISOString(),
    }));
    const ingested = await test.gql<IngestReportShape>(INGEST, { comments: storm });
    expect(ingested.data?.ingestComments.accepted).toBe(45);
    const watch = test.app.get(SpikeWatch);
    const raised = await watch.check();
    expect(raised.map((spike) => spike.kind)).toContain('volume');
    expect(await watch.check()).toEqual([]);
    const active = await test.gql<{ activeSpikes: { id: string; reason: string }[] }>(
      `{ activeSpikes { id reason } }`,
    );
    expect(active.data?.activeSpikes.length).toBeGreaterThan(0);
    expect(active.data?.activeSpikes[0]?.reason).toMatch(/comments in the last hour/);
  });

  /** A timestamp as the dialect stores it, for hand-written queries. */
  function stored(date: Date): Date | string {
    return dialect === 'postgres' ? date : date.toISOString().replace('T', ' ').replace('Z', '');
  }
});

function startOfDay(date: Date): Date {
  const day = new Date(date);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}
