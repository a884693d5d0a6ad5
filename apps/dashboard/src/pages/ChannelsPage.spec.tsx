import { screen, waitFor, within } from '@testing-library/react';

import type { Role } from '../gql/graphql';
import { buildConnection } from '../testing/fake-channels';
import { buildChannel, buildComment, buildViewer } from '../testing/fake-data';
import { createFakeServer, type FakeServerOptions } from '../testing/fake-server';
import { fillIn, renderApp } from '../testing/render-app';
import { renderPage } from '../testing/render-page';
import { ChannelsPage } from './ChannelsPage';

const FACEBOOK = buildChannel('FACEBOOK', { externalAccountId: '1029384756' });
const X = buildChannel('X', { externalAccountId: '44196397' });
const YOUTUBE = buildChannel('YOUTUBE', { externalAccountId: 'UCriverside' });
const INSTAGRAM = buildChannel('INSTAGRAM', { externalAccountId: '17841400008460056' });
const BLOG = buildChannel('BLOG', { externalAccountId: 'https://blog.riverside.test' });
const IMPORTED = buildChannel('IMPORT');
const SAMPLE = buildChannel('GOOGLE_REVIEW', {
  id: 'channel-sample',
  displayName: 'Northbrook General · Google reviews',
  isSample: true,
});

// Two and a half hours: the page's clock is floored to the minute, so it reads "2 hours ago".
const FAILING_SINCE = new Date(Date.now() - 150 * 60_000).toISOString();

/** One channel of every health, one filled by import only and one of sample data. */
function channelsOptions(): FakeServerOptions {
  return {
    channels: [FACEBOOK, X, YOUTUBE, INSTAGRAM, BLOG, IMPORTED, SAMPLE].map((channel) => ({
      ...channel,
    })),
    connections: {
      [FACEBOOK.id]: buildConnection('FACEBOOK', {
        credentialNames: ['accessToken', 'appSecret'],
        lastWebhookAt: new Date(Date.now() - 120_000).toISOString(),
      }),
      [X.id]: buildConnection('X', {
        health: 'FAILING',
        failingSince: FAILING_SINCE,
        consecutiveFailures: 4,
        healthMessage: 'X: GET /2/users/44196397/mentions answered HTTP 503.',
      }),
      [YOUTUBE.id]: buildConnection('YOUTUBE', {
        health: 'TOKEN_EXPIRED',
        healthMessage: 'YouTube refused the access token (401).',
      }),
      [INSTAGRAM.id]: buildConnection('INSTAGRAM', { health: 'RATE_LIMITED' }),
      [BLOG.id]: buildConnection('BLOG', {
        health: 'PENDING',
        state: 'PAUSED',
        lastPolledAt: null,
        lastItemAt: null,
        itemsReceived: 0,
      }),
    },
  };
}

function renderChannels(options: FakeServerOptions = channelsOptions(), role: Role = 'ADMIN') {
  const server = createFakeServer([], options);
  const view = renderPage({
    schema: server.schema,
    page: <ChannelsPage />,
    route: '/channels',
    viewer: buildViewer({ role }),
  });
  return { server, ...view };
}

async function findCard(name: string): Promise<HTMLElement> {
  return screen.findByRole('listitem', { name });
}

function healthOf(card: HTMLElement): string | null {
  return card.querySelector('[data-health]')?.getAttribute('data-health') ?? null;
}

describe('ChannelsPage', () => {
  it('lists every channel with its health, activity and webhook URL', async () => {
    renderChannels();
    const connected = await screen.findByRole('list', { name: 'Connected channels' });
    expect(within(connected).getAllByRole('listitem')).toHaveLength(5);

    const facebook = await findCard(FACEBOOK.displayName);
    expect(facebook).toHaveTextContent('Facebook · Page id: 1029384756');
    expect(within(facebook).getByText('Healthy')).toBeInTheDocument();
    expect(healthOf(facebook)).toBe('healthy');
    expect(within(facebook).getByText('Items received').nextSibling).toHaveTextContent('42');
    expect(within(facebook).getByText('Last item received').nextSibling).toHaveTextContent(
      /minutes ago/,
    );
    expect(within(facebook).getByText('http://localhost/webhooks/facebook')).toBeInTheDocument();
    expect(
      within(facebook).getByRole('button', { name: 'Copy the webhook URL' }),
    ).toBeInTheDocument();

    const x = await findCard(X.displayName);
    expect(within(x).getByText('Failing')).toBeInTheDocument();
    expect(healthOf(x)).toBe('failing');
    expect(x).toHaveTextContent('Failing since2 hours ago');
    expect(x).toHaveTextContent('X: GET /2/users/44196397/mentions answered HTTP 503.');
    // X has no webhooks: no callback URL to show.
    expect(within(x).queryByText(/\/webhooks\//)).not.toBeInTheDocument();

    const youtube = await findCard(YOUTUBE.displayName);
    expect(within(youtube).getByText('Token expired: reconnect')).toBeInTheDocument();
    expect(healthOf(youtube)).toBe('token_expired');
    expect(healthOf(await findCard(INSTAGRAM.displayName))).toBe('rate_limited');

    const blog = await findCard(BLOG.displayName);
    expect(within(blog).getByText('Waiting for first contact')).toBeInTheDocument();
    expect(within(blog).getByText('Paused')).toBeInTheDocument();
    expect(within(blog).getByText('Last poll').nextSibling).toHaveTextContent('Never');
    expect(within(blog).getByRole('button', { name: `Resume ${BLOG.displayName}` })).toBeVisible();

    const importOnly = screen.getByRole('list', { name: 'Import only' });
    expect(within(importOnly).getByRole('listitem', { name: 'Imported' })).toHaveTextContent(
      'Import only',
    );
    const samples = screen.getByRole('list', { name: 'Sample channels' });
    expect(within(samples).getByRole('listitem', { name: SAMPLE.displayName })).toBeVisible();
  });

  it('shows an empty state with the connect button when nothing is connected', async () => {
    const { user } = renderChannels({ channels: [] });
    expect(await screen.findByText('No channels connected yet')).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Connect a channel' });
    // The header's button and the empty state's own.
    expect(buttons).toHaveLength(2);
    await user.click(buttons[1]);
    expect(await screen.findByRole('dialog', { name: 'Connect a channel' })).toBeInTheDocument();
  });

  it('connects a channel with the fields its platform needs', async () => {
    const { server, user } = renderChannels({ channels: [] });
    await screen.findByText('No channels connected yet');
    await user.click(screen.getAllByRole('button', { name: 'Connect a channel' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Connect a channel' });

    await user.click(within(dialog).getByRole('combobox', { name: 'Platform' }));
    await user.click(await screen.findByRole('option', { name: 'Instagram' }));

    // The account and credential fields come from the shared spec of the platform.
    const accountRef = within(dialog).getByRole('textbox', { name: 'Instagram account id' });
    expect(accountRef).toBeRequired();
    expect(
      within(dialog).getByText('The id of the Instagram professional account linked to the Page.'),
    ).toBeInTheDocument();
    const token = within(dialog).getByLabelText(/^Access token/);
    expect(token).toHaveAttribute('type', 'password');
    expect(token).toBeRequired();
    expect(within(dialog).getByLabelText(/^App secret/)).not.toBeRequired();
    expect(within(dialog).getByLabelText(/^Webhook verify token/)).not.toBeRequired();

    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));
    expect(within(dialog).getByText('Instagram account id is required.')).toBeVisible();
    expect(within(dialog).getByText('Access token is required.')).toBeVisible();
    expect(server.channels.calls.connectChannel).toEqual([]);

    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Display name' }), 'Riverside');
    await fillIn(user, accountRef, ' 17841400001234 ');
    await fillIn(user, token, 'IGQVJ-secret-token');
    await user.click(within(dialog).getByRole('button', { name: 'Advanced settings' }));
    expect(
      within(dialog).getByText('Leave empty for the platform. Used for a proxy or a test server.'),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.channels.calls.connectChannel).toEqual([
      {
        kind: 'INSTAGRAM',
        displayName: 'Riverside',
        accountRef: '17841400001234',
        credentials: [{ name: 'accessToken', value: 'IGQVJ-secret-token' }],
        pollIntervalSeconds: 60,
      },
    ]);
    const card = await findCard('Riverside');
    expect(within(card).getByText('Waiting for first contact')).toBeInTheDocument();
    expect(healthOf(card)).toBe('pending');
  });

  it('shows the server’s reason when it refuses to connect', async () => {
    const { user } = renderChannels();
    await findCard(FACEBOOK.displayName);
    await user.click(screen.getByRole('button', { name: 'Connect a channel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect a channel' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Platform' }));
    await user.click(await screen.findByRole('option', { name: 'Facebook' }));
    await fillIn(user, within(dialog).getByRole('textbox', { name: 'Page id' }), '1029384756');
    await fillIn(user, within(dialog).getByLabelText(/^Page access token/), 'EAAB-token');
    await user.click(within(dialog).getByRole('button', { name: 'Connect' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `${FACEBOOK.displayName} is already connected.`,
    );
  });

  it('tests a connection, polls it and pauses it', async () => {
    const { server, user } = renderChannels();
    const facebook = await findCard(FACEBOOK.displayName);

    await user.click(
      within(facebook).getByRole('button', { name: `Test connection of ${FACEBOOK.displayName}` }),
    );
    const works = await within(facebook).findByRole('status');
    expect(works).toHaveTextContent('Connection works');
    expect(works).toHaveTextContent('Facebook answered: 12 comments on the first page.');
    expect(server.channels.calls.testChannelConnection).toEqual([FACEBOOK.id]);

    await user.click(
      within(facebook).getByRole('button', { name: `Poll now: ${FACEBOOK.displayName}` }),
    );
    expect(
      await within(facebook).findByText('3 new comments stored, 1 updated, 0 deleted.'),
    ).toBeInTheDocument();

    await user.click(
      within(facebook).getByRole('button', { name: `Pause ${FACEBOOK.displayName}` }),
    );
    expect(await within(facebook).findByText('Paused')).toBeInTheDocument();
    expect(server.channels.calls.pauseChannel).toEqual([FACEBOOK.id]);
    expect(
      within(facebook).getByRole('button', { name: `Poll now: ${FACEBOOK.displayName}` }),
    ).toBeDisabled();

    await user.click(
      within(facebook).getByRole('button', { name: `Resume ${FACEBOOK.displayName}` }),
    );
    await waitFor(() => expect(within(facebook).queryByText('Paused')).not.toBeInTheDocument());
    expect(server.channels.calls.resumeChannel).toEqual([FACEBOOK.id]);
  });

  it('says why a connection test failed', async () => {
    const options = channelsOptions();
    options.testResult = {
      ok: false,
      message: 'X answered HTTP 401: the access token is not valid.',
      itemsSeen: 0,
    };
    const { user } = renderChannels(options);
    const x = await findCard(X.displayName);
    await user.click(
      within(x).getByRole('button', { name: `Test connection of ${X.displayName}` }),
    );
    const alert = await within(x).findByRole('alert');
    expect(alert).toHaveTextContent('Connection test failed');
    expect(alert).toHaveTextContent('X answered HTTP 401: the access token is not valid.');
  });

  it('edits a channel, sending only the credentials typed in', async () => {
    const { server, user } = renderChannels();
    const facebook = await findCard(FACEBOOK.displayName);
    await user.click(
      within(facebook).getByRole('button', { name: `Edit ${FACEBOOK.displayName}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: `Edit ${FACEBOOK.displayName}` });

    expect(within(dialog).getByTestId('stored-credentials')).toHaveTextContent(
      'Stored credentials: Page access token, App secret.',
    );
    expect(within(dialog).getByLabelText(/^Page access token/)).toHaveValue('');
    expect(within(dialog).getByLabelText(/^Page access token/)).not.toBeRequired();

    await fillIn(user, within(dialog).getByLabelText(/^Webhook verify token/), 'verify-me');
    const interval = within(dialog).getByRole('textbox', { name: 'Poll interval (seconds)' });
    await user.clear(interval);
    await user.type(interval, '120');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.channels.calls.updateChannelConnection).toEqual([
      {
        channelId: FACEBOOK.id,
        input: {
          credentials: [{ name: 'verifyToken', value: 'verify-me' }],
          pollIntervalSeconds: 120,
        },
      },
    ]);
  });

  it('disconnects a channel once confirmed, keeping it (and its comments) as import only', async () => {
    const { server, user } = renderChannels();
    const x = await findCard(X.displayName);
    await user.click(within(x).getByRole('button', { name: `Disconnect ${X.displayName}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Disconnect channel' });
    expect(dialog).toHaveTextContent('Every comment it brought stays in the inbox');
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.channels.calls.disconnectChannel).toEqual([X.id]);
    const importOnly = await screen.findByRole('list', { name: 'Import only' });
    expect(
      await within(importOnly).findByRole('listitem', { name: X.displayName }),
    ).toHaveTextContent('Import only');
  });

  it('tells people below admin who connects the channels, without asking the server', async () => {
    renderChannels(channelsOptions(), 'MANAGER');
    expect(await screen.findByText('Admins connect the channels')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Connect a channel' })).not.toBeInTheDocument();
  });

  it('is in the navigation, beside Settings, for admins only', async () => {
    const server = createFakeServer([buildComment({ channel: FACEBOOK })], channelsOptions());
    renderApp({ server, path: '/channels' });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links.indexOf('Channels')).toBe(links.indexOf('Settings') + 1);
    expect(await screen.findByRole('heading', { name: 'Channels', level: 1 })).toBeInTheDocument();
  });
});
