import { ArgsType, Field, Int } from '@nestjs/graphql';

import { CommentFilter, CommentOrder } from './comment-filter.input';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

@ArgsType()
export class CommentsArgs {
  @Field(() => CommentFilter, { nullable: true, description: 'Which comments; all when omitted.' })
  filter?: CommentFilter | null;

  @Field(() => CommentOrder, {
    nullable: true,
    defaultValue: CommentOrder.NEWEST,
    description: 'Order; NEWEST when omitted.',
  })
  orderBy?: CommentOrder | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted.`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: '`endCursor` of the previous page; omit for the first page.',
  })
  after?: string | null;
}
