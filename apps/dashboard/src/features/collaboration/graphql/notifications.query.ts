import { graphql } from '../../../gql';

/** The bell's list: the newest notifications and how many are unread in all. */
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      items {
        id
        readAt
        ...NotificationItem_notification
      }
    }
  }
`);
