import { graphql } from '../../../gql';

/** Each new notification of the signed-in person, as the server sends it. */
export const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
      readAt
      ...NotificationItem_notification
    }
  }
`);
