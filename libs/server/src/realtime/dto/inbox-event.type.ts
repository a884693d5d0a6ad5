import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { Comment } from '../../comments/dto/comment.type';

export enum InboxEventKind {
  COMMENTS_ADDED = 'comments_added',
  COMMENTS_UPDATED = 'comments_updated',
}

registerEnumType(InboxEventKind, {
  name: 'InboxEventKind',
  description: 'What happened to the inbox.',
  valuesMap: {
    COMMENTS_ADDED: { description: 'New comments were stored (ingestion, import, webhook).' },
    COMMENTS_UPDATED: { description: 'Comments already in the inbox changed.' },
  },
});

export enum CommentChange {
  STATUS = 'status',
  ASSIGNMENT = 'assignment',
  LABELS = 'labels',
  NOTES = 'notes',
  CASE = 'case',
  REPLY = 'reply',
  EDITED = 'edited',
  PLATFORM = 'platform',
}

registerEnumType(CommentChange, {
  name: 'CommentChange',
  description: 'Which part of a comment changed.',
  valuesMap: {
    STATUS: { description: 'Its workflow status.' },
    ASSIGNMENT: { description: 'Who it is assigned to.' },
    LABELS: { description: 'Its triage labels (a correction or a retriage).' },
    NOTES: { description: 'Its internal notes.' },
    CASE: { description: 'The escalation cases it belongs to.' },
    REPLY: { description: 'Its reply drafts or sent replies.' },
    EDITED: { description: 'Its text, edited on the platform.' },
    PLATFORM: { description: 'Its state on the platform: deleted there by its author.' },
  },
});

/** How many changed comments an event carries in full; the rest are ids only. */
export const INBOX_EVENT_MAX_COMMENTS = 20;
/** How many ids an event lists; `count` still says how many there were. */
export const INBOX_EVENT_MAX_IDS = 100;

@ObjectType('InboxEvent', {
  description:
    'A change to the inbox, pushed to every open dashboard: new comments arrived, or comments changed.',
})
export class InboxEvent {
  @Field(() => InboxEventKind, { description: 'Whether comments were added or changed.' })
  kind!: InboxEventKind;

  @Field(() => CommentChange, {
    nullable: true,
    description: 'For COMMENTS_UPDATED: which part changed. Null for COMMENTS_ADDED.',
  })
  change!: CommentChange | null;

  @Field(() => [ID], {
    description: `Bedside ids of the comments concerned (the first ${INBOX_EVENT_MAX_IDS}).`,
  })
  commentIds!: string[];

  @Field(() => Int, { description: 'How many comments were concerned in all.' })
  count!: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The team member who made the change; null for the system and integrations.',
  })
  byUserId!: string | null;

  /** Resolved per subscriber from the database, so each push carries the current state. */
  comments?: Comment[];
}
