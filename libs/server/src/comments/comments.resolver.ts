import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toChannelType } from '../channels/channel.mapper';
import { Channel } from '../channels/dto/channel.type';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { type GraphQLContext } from '../common/loaders';
import { Post } from '../posts/dto/post.type';
import { toPostType } from '../posts/post.mapper';
import { toCommentType } from './comment.mapper';
import { CommentsService } from './comments.service';
import { Comment } from './dto/comment.type';
import { CommentConnection, InboxCounts } from './dto/comment-connection.type';
import { CommentFilter } from './dto/comment-filter.input';
import { CommentsArgs } from './dto/comments.args';
import { UpdateCommentStatusInput } from './dto/update-comment-status.input';

/** A connection remembers its filter so `totalCount` is only computed when a client asks for it. */
type CommentConnectionResult = Omit<CommentConnection, 'totalCount'> & {
  filter: CommentFilter | null;
};

@Roles('agent')
@Resolver(() => Comment)
export class CommentsResolver {
  constructor(
    private readonly commentsService: CommentsService,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  @Query(() => CommentConnection, {
    description: 'A keyset-paginated, filtered page of the inbox.',
  })
  async comments(@Args() args: CommentsArgs): Promise<CommentConnectionResult> {
    const page = await this.commentsService.list({
      filter: args.filter,
      order: args.orderBy,
      first: args.first,
      after: args.after,
    });
    return {
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toCommentType(edge.node) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.edges[0]?.cursor ?? null,
        endCursor: page.edges.at(-1)?.cursor ?? null,
      },
      filter: args.filter ?? null,
    };
  }

  @Query(() => Comment, {
    nullable: true,
    description: 'One comment with its thread and post; null when no comment has this id.',
  })
  async comment(
    @Args('id', { type: () => ID, description: 'Bedside id of the comment.' }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<Comment | null> {
    const entity = await this.commentsService.findById(id);
    if (entity?.hasPhi) {
      // Who opened a comment holding PHI is part of the audit trail (HIPAA access logging).
      await this.audit.recordNow({
        actor,
        action: 'comment.phi_viewed',
        targetType: 'comment',
        targetId: entity.id,
        details: { phiTypes: [...new Set((entity.phiSpans ?? []).map((span) => span.type))] },
      });
    }
    return entity ? toCommentType(entity) : null;
  }

  @Query(() => InboxCounts, {
    description:
      'Comments per status for the tab badges; the filter applies except its status field.',
  })
  async inboxCounts(
    @Args('filter', {
      type: () => CommentFilter,
      nullable: true,
      description: 'Narrows the counts like the inbox filter bar.',
    })
    filter: CommentFilter | null,
  ): Promise<InboxCounts> {
    const counts = await this.commentsService.countByStatus(filter);
    return {
      new: counts.new,
      inProgress: counts.in_progress,
      replied: counts.replied,
      escalated: counts.escalated,
      closed: counts.closed,
      hidden: counts.hidden,
      total: Object.values(counts).reduce((sum, count) => sum + count, 0),
    };
  }

  @Mutation(() => Comment, { description: 'Moves a comment to another workflow status.' })
  async updateCommentStatus(
    @Args('input', { description: 'Which comment and its new status.' })
    input: UpdateCommentStatusInput,
    @CurrentActor() actor: Actor,
  ): Promise<Comment> {
    const entity = await this.commentsService.updateStatus(
      input.id,
      input.status,
      this.clock.now(),
      actor,
    );
    return toCommentType(entity);
  }

  @ResolveField(() => Channel)
  async channel(@Parent() comment: Comment, @Context() context: GraphQLContext): Promise<Channel> {
    const channel = await context.loaders.channel.load(comment.channelId);
    if (!channel) {
      throw notFound('The channel');
    }
    return toChannelType(channel);
  }

  @ResolveField(() => Post, { nullable: true })
  async post(@Parent() comment: Comment, @Context() context: GraphQLContext): Promise<Post | null> {
    if (!comment.postId) {
      return null;
    }
    const post = await context.loaders.post.load(comment.postId);
    return post ? toPostType(post) : null;
  }

  @ResolveField(() => Comment, { nullable: true })
  async parent(
    @Parent() comment: Comment,
    @Context() context: GraphQLContext,
  ): Promise<Comment | null> {
    if (!comment.parentId) {
      return null;
    }
    const parent = await context.loaders.comment.load(comment.parentId);
    return parent ? toCommentType(parent) : null;
  }

  @ResolveField(() => [Comment])
  async ancestors(@Parent() comment: Comment): Promise<Comment[]> {
    if (!comment.parentId) {
      return [];
    }
    const ancestors = await this.commentsService.findAncestors({
      id: comment.id,
      parentId: comment.parentId,
    });
    return ancestors.map(toCommentType);
  }

  @ResolveField(() => [Comment])
  async replies(
    @Parent() comment: Comment,
    @Context() context: GraphQLContext,
  ): Promise<Comment[]> {
    const replies = await context.loaders.replies.load(comment.id);
    return replies.map(toCommentType);
  }

  @ResolveField(() => Int)
  replyCount(@Parent() comment: Comment, @Context() context: GraphQLContext): Promise<number> {
    return context.loaders.replyCount.load(comment.id);
  }
}

@Roles('agent')
@Resolver(() => CommentConnection)
export class CommentConnectionResolver {
  constructor(private readonly comments: CommentsService) {}

  @ResolveField(() => Int)
  totalCount(@Parent() connection: CommentConnectionResult): Promise<number> {
    return this.comments.count(connection.filter);
  }
}
