import { useMutation, useQuery, useSubscription } from '@apollo/client/react';

import { getFragmentData } from '../../../gql';
import type { NotificationItem_NotificationFragment } from '../../../gql/graphql';
import { NotificationItemFragment } from '../components/NotificationItem';
import { MarkNotificationsReadMutation } from '../graphql/mark-notifications-read.mutation';
import { NotificationReceivedSubscription } from '../graphql/notification-received.subscription';
import { NotificationsQuery } from '../graphql/notifications.query';

/** How many the bell lists; the server keeps the rest (and counts them as unread). */
export const NOTIFICATIONS_SHOWN = 20;

const VARIABLES = { first: NOTIFICATIONS_SHOWN };

export interface NotificationsOptions {
  /** Told of each notification pushed while the dashboard is open. */
  onReceived?: (notification: NotificationItem_NotificationFragment) => void;
}

/**
 * The signed-in person's notifications: read once, then kept current by `notificationReceived`
 * pushes written into the same cached list, so the badge and the list never need a reload.
 */
export function useNotifications({ onReceived }: NotificationsOptions = {}) {
  const { data, loading, error, refetch } = useQuery(NotificationsQuery, { variables: VARIABLES });
  useSubscription(NotificationReceivedSubscription, {
    onData: ({ client, data: pushed }) => {
      const notification = pushed.data?.notificationReceived;
      if (!notification) {
        return;
      }
      client.cache.updateQuery({ query: NotificationsQuery, variables: VARIABLES }, (current) => {
        if (!current || current.notifications.items.some((item) => item.id === notification.id)) {
          return current;
        }
        return {
          notifications: {
            ...current.notifications,
            unreadCount: current.notifications.unreadCount + (notification.readAt ? 0 : 1),
            items: [notification, ...current.notifications.items].slice(0, NOTIFICATIONS_SHOWN),
          },
        };
      });
      onReceived?.(getFragmentData(NotificationItemFragment, notification));
    },
  });

  const [markRead, marking] = useMutation(MarkNotificationsReadMutation);

  /** Marks these notifications (all of them without ids) read, here and on the server. */
  const markAsRead = async (ids?: readonly string[]): Promise<boolean> => {
    try {
      await markRead({
        variables: { input: ids ? { ids: [...ids] } : {} },
        update: (cache) => {
          const readAt = new Date().toISOString();
          cache.updateQuery({ query: NotificationsQuery, variables: VARIABLES }, (current) => {
            if (!current) {
              return current;
            }
            const isTarget = (id: string) => !ids || ids.includes(id);
            const newlyRead = current.notifications.items.filter(
              (item) => isTarget(item.id) && !item.readAt,
            ).length;
            return {
              notifications: {
                ...current.notifications,
                unreadCount: ids ? Math.max(0, current.notifications.unreadCount - newlyRead) : 0,
                items: current.notifications.items.map((item) =>
                  isTarget(item.id) && !item.readAt ? { ...item, readAt } : item,
                ),
              },
            };
          });
        },
      });
      return true;
    } catch {
      return false;
    }
  };

  return {
    items: data?.notifications.items ?? [],
    unreadCount: data?.notifications.unreadCount ?? 0,
    isLoading: loading && !data,
    error: error ?? null,
    refetch,
    markAsRead,
    isMarking: marking.loading,
    markError: marking.error ?? null,
  };
}
