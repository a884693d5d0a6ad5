import { act, screen, waitFor, within } from '@testing-library/react';

import { buildNotification } from '../../../testing/fake-collaboration';
import { buildComment } from '../../../testing/fake-data';
import { createFakeServer } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

/** Whole minutes before the dashboard's clock, which reads the time floored to the minute. */
function minutesAgo(minutes: number): string {
  const minute = Math.floor(Date.now() / 60_000) * 60_000;
  return new Date(minute - minutes * 60_000).toISOString();
}

function withNotifications() {
  return createFakeServer([buildComment({ id: 'c1' }), buildComment({ id: 'c2' })], {
    notifications: [
      buildNotification({
        id: 'n1',
        kind: 'MENTION',
        commentId: 'c1',
        actorName: 'Dana Whitfield',
        createdAt: minutesAgo(2),
      }),
      buildNotification({
        id: 'n2',
        kind: 'ASSIGNMENT',
        commentId: 'c2',
        noteId: null,
        actorName: 'Maria Lopez',
        createdAt: minutesAgo(60),
      }),
    ],
  });
}

describe('NotificationBell', () => {
  it('shows the unread count and lists the latest, newest first', async () => {
    const { user } = renderApp({ server: withNotifications() });
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    expect(screen.getByTestId('notification-badge')).toHaveTextContent('2');

    await user.click(bell);

    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    const items = within(dialog).getAllByRole('button', { name: /^Unread: / });
    expect(items.map((item) => item.textContent)).toEqual([
      'Unread: Dana Whitfield mentioned you in a note2 minutes ago',
      'Unread: Maria Lopez assigned you a comment1 hour ago',
    ]);
  });

  it('opens the comment a notification is about and marks that one read', async () => {
    const server = withNotifications();
    const { user, url } = renderApp({ server, path: '/inbox?status=all' });

    await user.click(await screen.findByRole('button', { name: 'Notifications, 2 unread' }));
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    await user.click(within(dialog).getByRole('button', { name: /Maria Lopez assigned you/ }));

    await waitFor(() => expect(url()).toBe('/inbox/c2?status=all'));
    expect(await screen.findByRole('button', { name: 'Notifications, 1 unread' })).toBeVisible();
    expect(server.calls.markNotificationsRead).toEqual([{ ids: ['n2'] }]);
  });

  it('marks all read, from the keyboard', async () => {
    const server = withNotifications();
    const { user } = renderApp({ server });
    const bell = await screen.findByRole('button', { name: 'Notifications, 2 unread' });

    bell.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark all read' }));

    expect(
      await screen.findByRole('button', { name: 'Notifications, none unread' }),
    ).toBeInTheDocument();
    expect(server.calls.markNotificationsRead).toEqual([{}]);
    expect(within(dialog).queryAllByRole('button', { name: /^Unread: / })).toHaveLength(0);
    expect(screen.getByTestId('notification-badge')).not.toHaveTextContent(/\d/);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('adds a notification pushed by the server without a reload, and announces it', async () => {
    const server = withNotifications();
    const { user } = renderApp({ server });
    await screen.findByRole('button', { name: 'Notifications, 2 unread' });
    await waitFor(() => expect(server.subscriptions.count('notificationReceived')).toBe(1));

    act(() => {
      server.publish(
        'notificationReceived',
        buildNotification({ id: 'n3', commentId: 'c1', actorName: 'Sam Ortiz' }),
      );
    });

    const bell = await screen.findByRole('button', { name: 'Notifications, 3 unread' });
    expect(
      screen.getByText('New notification: Sam Ortiz mentioned you in a note'),
    ).toBeInTheDocument();
    await user.click(bell);
    const dialog = await screen.findByRole('dialog', { name: 'Notifications' });
    expect(within(dialog).getAllByRole('button', { name: /^Unread: / })[0]).toHaveTextContent(
      'Sam Ortiz mentioned you in a note',
    );
  });

  it('says so when there are none', async () => {
    const { user } = renderApp({ server: createFakeServer([buildComment()]) });

    await user.click(await screen.findByRole('button', { name: 'Notifications, none unread' }));

    expect(await screen.findByText('No notifications yet')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark all read' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });
});
