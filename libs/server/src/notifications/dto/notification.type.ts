import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum NotificationKindEnum {
  MENTION = 'mention',
  ASSIGNMENT = 'assignment',
}

registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'Why a team member is notified.',
  valuesMap: {
    MENTION: { description: 'Someone @mentioned them in an internal note.' },
    ASSIGNMENT: { description: 'Someone assigned a comment to them.' },
  },
});

@ObjectType('Notification', { description: 'Something a team member should look at.' })
export class Notification {
  @Field(() => ID, { description: 'Bedside id of the notification.' })
  id!: string;

  @Field(() => NotificationKindEnum, { description: 'Why it was sent.' })
  kind!: NotificationKindEnum;

  @Field(() => ID, { description: 'The comment it is about (open it at /inbox/:id).' })
  commentId!: string;

  @Field(() => ID, { nullable: true, description: 'The note that mentioned them; null otherwise.' })
  noteId!: string | null;

  @Field({ description: 'Who mentioned or assigned (their display name at the time).' })
  actorName!: string;

  @Field(() => Date, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When they read it; null while unread.' })
  readAt!: Date | null;

  /** Whom it is for: used to route pushes, not exposed. */
  userId!: string;
}

@ObjectType('NotificationList', { description: "The signed-in person's latest notifications." })
export class NotificationList {
  @Field(() => Int, { description: 'How many are unread in all.' })
  unreadCount!: number;

  @Field(() => [Notification], { description: 'The newest first.' })
  items!: Notification[];
}
