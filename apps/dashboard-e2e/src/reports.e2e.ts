import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from './support/browser';
import { baseUrl, InboxScreen } from './support/inbox-page';
import { signInThroughApi } from './support/session';

const INGEST = `mutation($comments: [CommentInput!]!) { ingestComments(comments: $comments) { accepted } }`;

/** Blog comments on two January days no other spec (nor the sample data) writes to. */
const COMMENTS = [
  ...Array.from({ length: 8 }, (_, index) => ({
    channel: 'blog',
    externalId: `report-e2e-a${index}`,
    createdAt: `2026-01-11T10:${String(index).padStart(2, '0')}:00Z`,
    authorName: `Reader ${index}`,
    text:
      index < 5
        ? `The parking garage was full again and I missed my appointment (${index})`
        : `Thank you to the maternity nurses, they were wonderful (${index})`,
  })),
  ...Array.from({ length: 4 }, (_, index) => ({
    channel: 'blog',
    externalId: `report-e2e-b${index}`,
    createdAt: `2026-01-12T15:${String(index).padStart(2, '0')}:00Z`,
    authorName: `Visitor ${index}`,
    text: `What are the visiting hours for the cardiac unit? (${index})`,
  })),
];

const REPORT_URL = '/reports?range=custom&from=2026-01-08&to=2026-01-14';

/**
 * Reports in a browser, on comments stored through the real API: the charts draw the stored
 * numbers, a number and a bar open the inbox on the comments behind them, and a section's CSV
 * downloads those numbers.
 */
describe('the Reports page in a browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    // UTC, so the report's UTC days and the inbox's local days are the same days.
    context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      timezoneId: 'UTC',
      acceptDownloads: true,
    });
    context.setDefaultTimeout(15_000);
    await signInThroughApi(context);
    const response = await context.request.post(`${baseUrl()}/graphql`, {
      data: { query: INGEST, variables: { comments: COMMENTS } },
    });
    const body = (await response.json()) as { data?: { ingestComments: { accepted: number } } };
    if (body.data?.ingestComments.accepted !== COMMENTS.length) {
      throw new Error(`ingestComments stored ${JSON.stringify(body)}, not ${COMMENTS.length}`);
    }
    page = await context.newPage();
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
  });

  const volumeSection = () => page.getByRole('region', { name: 'Volume over time' });

  it('draws the stored comments: the totals, one bar per day, the themes', async () => {
    await page.goto(`${baseUrl()}${REPORT_URL}`);
    const comments = page.getByRole('group', { name: 'Comments' });
    await comments.getByText('12', { exact: true }).waitFor();
    await page.getByRole('group', { name: 'Negative' }).waitFor();

    // Recharts draws one rectangle per day and channel with comments: 11 and 12 January.
    const bars = volumeSection().locator('.recharts-bar-rectangle path');
    await bars.first().waitFor();
    expect(await bars.count()).toBe(2);
    // 8 comments on the first day, 4 on the second: once the bars have grown (Recharts animates
    // them), the first is twice as tall.
    const heightRatio = async () => {
      const heights = await bars.evaluateAll((paths) =>
        paths.map((path) => (path as SVGGraphicsElement).getBBox().height),
      );
      return Math.round(((heights[0] ?? 0) / (heights[1] || 1)) * 10) / 10;
    };
    let ratio = await heightRatio();
    for (let tries = 0; ratio !== 2 && tries < 50; tries += 1) {
      await page.waitForTimeout(100);
      ratio = await heightRatio();
    }
    expect(ratio).toBe(2);
    // Readable axes: the days under the bars, counts up the side.
    const labels = (await volumeSection().locator('svg text').allTextContents()).join(' ');
    expect(labels).toMatch(/11/);
    expect(labels).toMatch(/12/);
    expect(labels).toMatch(/\b8\b/);

    const themes = page.getByRole('region', { name: 'Top themes' });
    await themes
      .getByText(/parking/i)
      .first()
      .waitFor();
    // For a person to look at after a run (not compared: charts move with fonts and sizes).
    await page.screenshot({
      path: path.join(os.tmpdir(), 'bedside-e2e-reports.png'),
      fullPage: true,
    });
  });

  it('opens the inbox on the comments behind a number of the table view', async () => {
    await page.goto(`${baseUrl()}${REPORT_URL}`);
    await volumeSection().getByRole('switch', { name: 'Show as table' }).check({ force: true });
    const table = volumeSection().getByRole('table', { name: 'Volume over time' });
    const eight = table.getByRole('link', { name: /^8 on Blog, .+: view in inbox$/ });
    await eight.click();

    const inbox = new InboxScreen(page);
    await inbox.rows.first().waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/inbox');
    expect(url.searchParams.get('channel')).toBe('blog');
    expect(url.searchParams.get('from')).toBe('2026-01-11');
    expect(url.searchParams.get('to')).toBe('2026-01-11');
    await expect(inbox.total()).resolves.toBe(8);
    expect(await inbox.rows.count()).toBe(8);
  });

  it('opens the inbox from a bar of the chart', async () => {
    await page.goto(`${baseUrl()}${REPORT_URL}`);
    const bars = volumeSection().locator('.recharts-bar-rectangle path');
    await bars.nth(1).waitFor();
    await bars.nth(1).click();
    const inbox = new InboxScreen(page);
    await inbox.rows.first().waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/inbox');
    expect(url.searchParams.get('from')).toBe('2026-01-12');
    await expect(inbox.total()).resolves.toBe(4);
  });

  it('downloads the volume numbers as CSV', async () => {
    await page.goto(`${baseUrl()}${REPORT_URL}`);
    await volumeSection().locator('.recharts-bar-rectangle path').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Volume over time: download CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const file = await download.path();
    const lines = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Bucket start (UTC),Channel,Comments');
    const counts = lines.slice(1).map((line) => Number(line.split(',').at(-1)));
    expect(counts).toHaveLength(7);
    expect(counts.filter((count) => count > 0).sort()).toEqual([4, 8]);
  });
});
