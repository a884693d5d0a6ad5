import { ERROR_MESSAGES } from '@bedside/domain';
import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';

import { localDay } from '../features/inbox/utils/today';
import type { Role } from '../gql/graphql';
import { buildChannel, buildViewer } from '../testing/fake-data';
import {
  buildEmptyReport,
  buildSpike,
  type FakeReportOptions,
  fakeReportRange,
  fakeVolume,
} from '../testing/fake-reports';
import { createFakeServer } from '../testing/fake-server';
import { renderApp } from '../testing/render-app';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function createReportServer(options: FakeReportOptions = {}, role: Role = 'ADMIN') {
  return createFakeServer([], {
    channels: [buildChannel('FACEBOOK'), buildChannel('INSTAGRAM')],
    viewer: buildViewer({ role }),
    ...options,
  });
}

function renderReports(server: ReturnType<typeof createReportServer>, path = '/reports') {
  return renderApp({ server, path });
}

/** A section of the report, by its title. */
async function findSection(title: string): Promise<HTMLElement> {
  return screen.findByRole('region', { name: title });
}

async function findKpi(title: string): Promise<HTMLElement> {
  return screen.findByRole('group', { name: title });
}

/** How many days before the current hour a report filter starts. */
function daysBack(from: string): number {
  const nextHour = Math.ceil(Date.now() / HOUR_MS) * HOUR_MS;
  return Math.round((nextHour - Date.parse(from)) / DAY_MS);
}

describe('ReportsPage', () => {
  // The route loads the page (and the charts library) on first visit; loading it here keeps that
  // one-off cost out of the first spec's `findBy` timeouts on a busy machine.
  beforeAll(async () => {
    await import('./ReportsPage');
  });

  it('shows the headline numbers, the charts and the tables of the last 7 days', async () => {
    const server = createReportServer();
    renderReports(server);

    const comments = await findKpi('Comments');
    expect(comments).toHaveTextContent('128');
    expect(comments).toHaveTextContent('+28%');
    expect(comments).toHaveTextContent('vs 100 before');
    // For negative comments a rise is bad news; for replies a fall is.
    const negative = await findKpi('Negative');
    expect(negative).toHaveTextContent('23+53%');
    expect(within(negative).getByText('+53%').closest('[data-trend]')).toHaveAttribute(
      'data-trend',
      'bad',
    );
    const replies = await findKpi('Replies sent');
    expect(replies).toHaveTextContent('64−20%');
    expect(within(replies).getByText('−20%').closest('[data-trend]')).toHaveAttribute(
      'data-trend',
      'bad',
    );
    expect(await findKpi('Escalations resolved')).toHaveTextContent('New');
    expect(await findKpi('Median time to resolve')).toHaveTextContent('1 h 30 min');

    expect(server.reports.calls.report).toHaveLength(1);
    const [filter] = server.reports.calls.report;
    expect(daysBack(filter.from)).toBe(7);
    expect(filter.to).toBeUndefined();
    expect(filter.channelIds).toBeUndefined();

    // A week is charted per day: stacked bars, one series per channel.
    const volume = await findSection('Volume over time');
    await waitFor(() =>
      expect(volume.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
    );
    expect(within(volume).getAllByText('Riverside Clinic · Facebook').length).toBeGreaterThan(0);
    const sentiment = await findSection('Sentiment over time');
    expect(
      within(sentiment).getByRole('list', { name: 'Share of each sentiment' }),
    ).toHaveTextContent('Negative 23 · 18% (15% before)');
    expect(sentiment.querySelector('.recharts-area')).not.toBeNull();
    expect(within(await findSection('Intent mix')).getByText('Complaint')).toBeInTheDocument();

    const responses = within(await findSection('First response times')).getByRole('table', {
      name: 'First response times',
    });
    expect(within(responses).getAllByRole('row')[2]).toHaveTextContent(
      'High1230 min1 h 30 min1 h83%',
    );
    expect(within(responses).getAllByRole('row')[5]).toHaveTextContent('All urgencies93');

    const themes = within(await findSection('Top themes')).getByRole('list', {
      name: 'Top themes',
    });
    const parking = within(themes).getByRole('listitem', { name: 'parking' });
    expect(parking).toHaveTextContent('+250%');
    expect(within(parking).getByRole('link', { name: /The parking garage/ })).toHaveAttribute(
      'href',
      '/inbox/comment-parking-1',
    );
    expect(parking).toHaveTextContent('when […] came');
    expect(within(themes).getByRole('listitem', { name: 'wait times' })).toHaveTextContent('New');

    const posts = screen.getByRole('table', { name: 'Top posts' });
    expect(posts).toHaveTextContent('Our new visitor policy starts Monday');
    expect(posts).toHaveTextContent('Riverside Clinic · Facebook429');
    expect(screen.getByRole('table', { name: 'Agent workload' })).toHaveTextContent(
      'Morgan Lee406',
    );
    expect(screen.getByRole('table', { name: 'Label corrections' })).toHaveTextContent(
      'IntentComplaint4',
    );
  });

  it('asks for the range of the chosen preset and keeps it in the URL', async () => {
    const server = createReportServer();
    const { user, url } = renderReports(server);
    await findKpi('Comments');

    await user.click(screen.getByRole('radio', { name: 'Last 30 days' }));
    await waitFor(() => expect(url()).toBe('/reports?range=30d'));
    await waitFor(() => expect(daysBack(server.reports.calls.report.at(-1)!.from)).toBe(30));

    // A day is charted per hour, as stacked areas.
    await user.click(screen.getByRole('radio', { name: 'Last 24 hours' }));
    await waitFor(() => expect(url()).toBe('/reports?range=24h'));
    const last = server.reports.calls.report.at(-1)!;
    expect(daysBack(last.from)).toBe(1);
    const volume = await findSection('Volume over time');
    await waitFor(() => expect(volume.querySelector('.recharts-area')).not.toBeNull());
    expect(screen.getByText(/Comments per hour and channel. Click a band/)).toBeInTheDocument();

    // Custom days start from the stretch on screen.
    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    await waitFor(() => expect(url()).toMatch(/^\/reports\?range=custom&from=\d{4}-\d\d-\d\d&to=/));
    expect(screen.getByLabelText('From')).toHaveValue(localDay(new Date(Date.now() - DAY_MS)));
  });

  it('shows the numbers of a chart as a table on request', async () => {
    const server = createReportServer();
    const { user } = renderReports(server);
    const volume = await findSection('Volume over time');
    expect(within(volume).queryByRole('table')).not.toBeInTheDocument();

    await user.click(within(volume).getByRole('switch', { name: 'Show as table' }));

    const table = within(volume).getByRole('table', { name: 'Volume over time' });
    const [header, first, second] = within(table).getAllByRole('row');
    expect(header).toHaveTextContent('DayRiverside Clinic · Facebook');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    const total = (index: number) => fakeVolume(index, 0) + fakeVolume(index, 1);
    expect(cells(first).slice(1, 4)).toEqual(['1', '5', String(total(0))]);
    expect(cells(second).slice(1, 4)).toEqual(['4', '1', String(total(1))]);

    const intents = await findSection('Intent mix');
    await user.click(within(intents).getByRole('switch', { name: 'Show as table' }));
    const rows = within(within(intents).getByRole('table', { name: 'Intent mix' })).getAllByRole(
      'row',
    );
    expect(rows[1]).toHaveTextContent('Complaint3120+55%');
    expect(rows[5]).toHaveTextContent('Spam50New');
  });

  it('links every CSV, and the zip, to the filters on screen', async () => {
    const server = createReportServer();
    renderReports(server, '/reports?range=30d&channels=channel-facebook&post=post-1');
    const volume = await findSection('Volume over time');
    const filter = server.reports.calls.report.at(-1)!;
    expect(filter.channelIds).toEqual(['channel-facebook']);
    expect(filter.postId).toBe('post-1');
    expect(daysBack(filter.from)).toBe(30);
    const query = new URLSearchParams({
      from: filter.from,
      channelIds: 'channel-facebook',
      postId: 'post-1',
    }).toString();

    expect(
      within(volume).getByRole('link', { name: 'Volume over time: download CSV' }),
    ).toHaveAttribute('href', `/api/reports/volume.csv?${query}`);
    expect(
      screen.getByRole('link', { name: 'First response times: download CSV' }),
    ).toHaveAttribute('href', `/api/reports/response-times.csv?${query}`);
    expect(screen.getByRole('link', { name: 'Top posts: download CSV' })).toHaveAttribute(
      'href',
      `/api/reports/top-posts.csv?${query}`,
    );
    expect(screen.getByRole('link', { name: 'Download all (zip)' })).toHaveAttribute(
      'href',
      `/api/reports/report.zip?${query}`,
    );
    // Only the chosen channel is charted.
    expect(within(volume).queryByText('@riversideclinic · Instagram')).not.toBeInTheDocument();
  });

  it('opens the comments behind a bar in the inbox', async () => {
    const server = createReportServer();
    const { user, url } = renderReports(server);
    const volume = await findSection('Volume over time');
    const { range, buckets } = fakeReportRange(server.reports.calls.report[0]);
    const firstDay = {
      from: localDay(new Date(range.from)),
      to: localDay(new Date(Date.parse(buckets[0]) + DAY_MS - 1)),
    };

    await user.click(within(volume).getByRole('switch', { name: 'Show as table' }));
    const table = within(volume).getByRole('table', { name: 'Volume over time' });
    await user.click(
      within(table).getAllByRole('link', { name: /^1 on Riverside Clinic · Facebook/ })[0],
    );

    await waitFor(() =>
      expect(url()).toBe(
        `/inbox?status=all&channel=facebook&from=${firstDay.from}&to=${firstDay.to}`,
      ),
    );
  });

  it('opens a whole bucket, and an intent, in the inbox', async () => {
    const server = createReportServer();
    const { user, url, router } = renderReports(server, '/reports?channels=channel-instagram');
    const volume = await findSection('Volume over time');
    await user.click(within(volume).getByRole('switch', { name: 'Show as table' }));
    const [viewFirst] = within(volume).getAllByRole('link', { name: /^View in inbox:/ });
    expect(viewFirst.getAttribute('href')).toMatch(/^\/inbox\?status=all&channel=instagram&from=/);

    const intents = await findSection('Intent mix');
    await user.click(within(intents).getByRole('switch', { name: 'Show as table' }));
    await user.click(within(intents).getByRole('link', { name: 'Medical advice: view in inbox' }));
    await waitFor(() =>
      expect(url()).toMatch(
        /^\/inbox\?status=all&channel=instagram&intent=medical_advice_request&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/,
      ),
    );
    expect(router.state.location.pathname).toBe('/inbox');
  });

  it('drills down from a bar of the chart itself', async () => {
    const server = createReportServer();
    const { user, url } = renderReports(server);
    const volume = await findSection('Volume over time');
    // Each bar is a group carrying the click handler (its path is drawn as it animates in).
    await waitFor(() =>
      expect(volume.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0),
    );
    const [firstFacebookBar] = volume.querySelectorAll<SVGGElement>('.recharts-bar-rectangle');
    await user.click(firstFacebookBar);
    await waitFor(() => expect(url()).toMatch(/^\/inbox\?status=all&channel=facebook&from=/));
  });

  it('shows the open spike alerts, and acknowledges one', async () => {
    const server = createReportServer({ spikes: [buildSpike({ id: 'spike-7' })] });
    const { user } = renderReports(server);
    const banner = await findSection('Open spike alerts');
    const alert = within(banner).getByRole('listitem', {
      name: 'Comment volume spike · Riverside Clinic · Facebook',
    });
    expect(alert).toHaveTextContent('42 comments in the last hour, 6.0× the usual 7');
    expect(within(alert).getByRole('link', { name: 'View in inbox' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/inbox\?status=all&channel=facebook&from=/),
    );

    await user.click(within(alert).getByRole('button', { name: 'Acknowledge' }));

    await waitFor(() => expect(server.reports.calls.acknowledgeSpike).toEqual(['spike-7']));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Open spike alerts' })).not.toBeInTheDocument(),
    );
  });

  it('says when the period has no comments', async () => {
    const server = createReportServer({ report: buildEmptyReport });
    renderReports(server);
    expect(await screen.findByText('No comments in this period')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Comments' })).not.toBeInTheDocument();
  });

  it('shows a safe error with a retry', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const server = createReportServer({ reportFailWith: 'INTERNAL' });
      const { user } = renderReports(server);
      expect(await screen.findByText('Could not load the report')).toBeInTheDocument();
      expect(screen.getByText(ERROR_MESSAGES.INTERNAL)).toBeInTheDocument();

      server.reports.state.reportFailWith = null;
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(await findKpi('Comments')).toHaveTextContent('128');
    } finally {
      errors.mockRestore();
    }
  });

  it('refuses a custom range that ends before it starts, without asking the server', async () => {
    const server = createReportServer();
    renderReports(server, '/reports?range=custom&from=2026-01-10&to=2026-01-05');
    expect(
      await screen.findByText('The first day must be on or before the last day.', {
        selector: '.mantine-Alert-message',
      }),
    ).toBeInTheDocument();
    expect(server.reports.calls.report).toEqual([]);
  });

  it('prints the page', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    try {
      const server = createReportServer();
      const { user } = renderReports(server);
      await findKpi('Comments');
      await user.click(screen.getByRole('button', { name: 'Print' }));
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
  });

  it('lets managers tune the spike alerts', async () => {
    const server = createReportServer({}, 'MANAGER');
    const { user } = renderReports(server);
    const form = await screen.findByRole('form', { name: 'Spike alert settings' });
    const multiplier = await within(form).findByRole('textbox', { name: 'Multiplier' });
    expect(multiplier).toHaveValue('3');

    await user.clear(multiplier);
    await user.type(multiplier, '4.5');
    await user.click(within(form).getByRole('button', { name: 'Save settings' }));

    await waitFor(() =>
      expect(server.reports.calls.updateSpikeSettings).toEqual([
        { multiplier: 4.5, minCount: 10, minIncrease: 8 },
      ]),
    );
    expect(await within(form).findByText(/^Saved\./)).toBeInTheDocument();
  });

  it('is in everyone’s navigation; the spike settings are for managers', async () => {
    const server = createReportServer({}, 'AGENT');
    renderReports(server);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Reports' })).toHaveAttribute('href', '/reports');
    await findKpi('Comments');
    expect(screen.queryByRole('form', { name: 'Spike alert settings' })).not.toBeInTheDocument();
  });
});
