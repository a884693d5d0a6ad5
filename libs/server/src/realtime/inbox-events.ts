import { type DomainEvent } from '../events/domain-events';
import { CommentChange, INBOX_EVENT_MAX_IDS, type InboxEvent, InboxEventKind } from './dto/inbox-event.type';

/** The inbox pushes that one domain event makes (none for events the inbox does not show). */
export function inboxEventsFor(event: DomainEvent): Omit<InboxEvent, 'comments'>[] {
  switch (event.type) {
    case 'comments.ingested':
      return [
        ...(event.newIds.length > 0 ? [toEvent(InboxEventKind.COMMENTS_ADDED, null, event.newIds, null)] : []),
        ...(event.editedIds.length > 0
          ? [toEvent(InboxEventKind.COMMENTS_UPDATED, CommentChange.EDITED, event.editedIds, null)]
          : []),
      ];
    case 'comment.changed':
      return [
        toEvent(InboxEventKind.COMMENTS_UPDATED, event.change as CommentChange, [event.commentId], event.userId),
      ];
    case 'case.changed':
      return event.commentIds.length > 0
        ? [toEvent(InboxEventKind.COMMENTS_UPDATED, CommentChange.CASE, event.commentIds, event.userId)]
        : [];
    default:
      return [];
  }
}

function toEvent(
  kind: InboxEventKind,
  change: CommentChange | null,
  ids: string[],
  byUserId: string | null,
): Omit<InboxEvent, 'comments'> {
  return { kind, change, commentIds: ids.slice(0, INBOX_EVENT_MAX_IDS), count: ids.length, byUserId };
}
