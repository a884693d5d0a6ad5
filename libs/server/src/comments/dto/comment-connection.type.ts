import { Field, Int, ObjectType } from '@nestjs/graphql';

import { Comment } from './comment.type';

@ObjectType('PageInfo', { description: 'Where a page sits in a keyset-paginated list.' })
export class PageInfo {
  @Field({ description: 'True when another page follows; pass `endCursor` as `after` to get it.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was fetched with an `after` cursor.' })
  hasPreviousPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item; null on an empty page.',
  })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; null on an empty page.',
  })
  endCursor!: string | null;
}

@ObjectType('CommentEdge', { description: 'One comment in a page, with its cursor.' })
export class CommentEdge {
  @Field({ description: 'Opaque keyset cursor of this comment in the requested order.' })
  cursor!: string;

  @Field(() => Comment, { description: 'The comment.' })
  node!: Comment;
}

@ObjectType('CommentConnection', { description: 'A page of comments.' })
export class CommentConnection {
  @Field(() => [CommentEdge], { description: 'The comments of this page, in the requested order.' })
  edges!: CommentEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many comments match the filter in all pages.' })
  totalCount!: number;
}

@ObjectType('InboxCounts', {
  description: 'Comments per workflow status, for the inbox tab badges.',
})
export class InboxCounts {
  @Field(() => Int, { description: 'Status NEW.' })
  new!: number;

  @Field(() => Int, { description: 'Status IN_PROGRESS.' })
  inProgress!: number;

  @Field(() => Int, { description: 'Status REPLIED.' })
  replied!: number;

  @Field(() => Int, { description: 'Status ESCALATED.' })
  escalated!: number;

  @Field(() => Int, { description: 'Status CLOSED.' })
  closed!: number;

  @Field(() => Int, { description: 'Status HIDDEN.' })
  hidden!: number;

  @Field(() => Int, { description: 'All statuses together.' })
  total!: number;
}
