import type { NotificationKind } from '../../../gql/graphql';

const ACTIONS: Record<NotificationKind, string> = {
  MENTION: 'mentioned you in a note',
  ASSIGNMENT: 'assigned you a comment',
};

/** "Dana Whitfield mentioned you in a note", "Maria Lopez assigned you a comment". */
export function describeNotification(notification: {
  kind: NotificationKind;
  actorName: string;
}): string {
  return `${notification.actorName} ${ACTIONS[notification.kind]}`;
}

/** The bell's accessible name, which carries the count a sighted person reads off the badge. */
export function bellLabel(unreadCount: number): string {
  if (unreadCount === 0) {
    return 'Notifications, none unread';
  }
  return `Notifications, ${unreadCount.toLocaleString('en')} unread`;
}
