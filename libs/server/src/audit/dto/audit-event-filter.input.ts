import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';

export const DEFAULT_AUDIT_PAGE_SIZE = 50;
export const MAX_AUDIT_PAGE_SIZE = 200;

@InputType('AuditEventFilter', {
  description: 'Narrows the audit trail. Every field is optional; fields combine with AND.',
})
export class AuditEventFilter {
  @Field(() => [String], {
    nullable: true,
    description:
      'Actions to include: an exact name (`user.created`) or, ending in a dot, every action under it (`comment.`).',
  })
  actions?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only events by this user or API token.' })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only events on this kind of target (`comment`, `user`, `api_token`…).',
  })
  targetType?: string | null;

  @Field(() => String, { nullable: true, description: 'Only events on this target id.' })
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  to?: Date | null;
}

@ArgsType()
export class AuditEventsArgs {
  @Field(() => AuditEventFilter, {
    nullable: true,
    description: 'Which events; all when omitted.',
  })
  filter?: AuditEventFilter | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_AUDIT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_AUDIT_PAGE_SIZE}; ${DEFAULT_AUDIT_PAGE_SIZE} when omitted.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` of the previous page; omit for the first page.',
  })
  after?: string | null;
}
