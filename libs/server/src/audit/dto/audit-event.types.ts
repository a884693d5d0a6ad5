import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { PageInfo } from '../../comments/dto/comment-connection.type';

export enum AuditActorKind {
  USER = 'user',
  TOKEN = 'token',
  SYSTEM = 'system',
}

registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: 'Who did something recorded in the audit trail.',
  valuesMap: {
    USER: { description: 'A signed-in team member.' },
    TOKEN: { description: 'An integration calling with an API token.' },
    SYSTEM: { description: 'Bedside itself (ingestion, retriage) or the command line.' },
  },
});

@ObjectType('AuditDetail', { description: 'One detail of an audit event, as text.' })
export class AuditDetail {
  @Field({ description: 'Name of the detail, e.g. `from`, `role`.' })
  key!: string;

  @Field({ description: 'Its value as text; lists are comma-separated, objects JSON.' })
  value!: string;
}

@ObjectType('AuditEvent', {
  description: 'One recorded action. Details hold ids, statuses and label names, never PHI.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Bedside id of the event.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the hash chain: 1, 2, 3…' })
  seq!: number;

  @Field({ description: 'When it happened.' })
  at!: Date;

  @Field(() => AuditActorKind, { description: 'A person, an API token, or the system.' })
  actorKind!: AuditActorKind;

  @Field(() => ID, {
    nullable: true,
    description: 'User or API token id of the actor; null for the system.',
  })
  actorId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the actor when it happened; null for the system.',
  })
  actorName!: string | null;

  @Field({ description: 'Dotted verb, e.g. `comment.status_changed`, `auth.signed_in`.' })
  action!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Kind of thing acted on (`comment`, `user`, `api_token`…); null when none.',
  })
  targetType!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Id of the thing acted on; null when none.',
  })
  targetId!: string | null;

  @Field(() => [AuditDetail], { description: 'Details of the action, sorted by key.' })
  details!: AuditDetail[];
}

@ObjectType('AuditEventEdge', { description: 'One audit event in a page, with its cursor.' })
export class AuditEventEdge {
  @Field({ description: 'Opaque keyset cursor of this event.' })
  cursor!: string;

  @Field(() => AuditEvent, { description: 'The event.' })
  node!: AuditEvent;
}

@ObjectType('AuditEventConnection', { description: 'A page of audit events, newest first.' })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge], { description: 'The events of this page, newest first.' })
  edges!: AuditEventEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many events match the filter in all pages.' })
  totalCount!: number;
}

@ObjectType('AuditActor', {
  description: 'Someone or something that appears in the audit trail, for the actor filter.',
})
export class AuditActor {
  @Field(() => ID, { description: 'User or API token id.' })
  id!: string;

  @Field(() => AuditActorKind, { description: 'A person or an API token.' })
  kind!: AuditActorKind;

  @Field({ description: 'Name in their most recent event.' })
  name!: string;
}

@ObjectType('AuditChainStatus', {
  description: 'The result of checking the hash chain of the whole audit trail just now.',
})
export class AuditChainStatus {
  @Field({ description: 'True when no event was changed, deleted or reordered.' })
  intact!: boolean;

  @Field(() => Int, { description: 'How many events were checked before the first break.' })
  checkedCount!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Seq of the first broken link; null when the chain is intact.',
  })
  brokenAtSeq!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'What is wrong at that link, e.g. "event 3 was changed after it was written".',
  })
  reason!: string | null;

  @Field({ description: 'When the check ran.' })
  checkedAt!: Date;
}
