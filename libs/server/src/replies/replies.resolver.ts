import { type CheckResult } from '@bedside/compliance';
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

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { badInput, notFound } from '../common/app-error';
import { type GraphQLContext } from '../common/loaders';
import {
  ApproveReplyInput,
  RejectReplyInput,
  Reply,
  ReplyCheck,
  SaveReplyInput,
  SuggestedReply,
} from './dto/reply.types';
import { RepliesService } from './replies.service';
import { type ReplyEntity } from './reply.entity';

const MAX_QUEUE = 200;

@Roles('agent')
@Resolver(() => Reply)
export class RepliesResolver {
  constructor(private readonly replies: RepliesService) {}

  @Query(() => SuggestedReply, {
    description:
      'Drafts a reply for a comment from the templates, or from the AI model when ai is true and it is enabled; the draft has passed the checker.',
  })
  suggestReply(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('ai', { type: () => Boolean, nullable: true, defaultValue: false }) ai: boolean,
  ): Promise<SuggestedReply> {
    return this.replies.suggest(commentId, { ai });
  }

  @Query(() => ReplyCheck, {
    description: 'Runs the compliance checker on a text as a reply to a comment.',
  })
  checkReply(
    @Args('commentId', { type: () => ID }) commentId: string,
    @Args('body') body: string,
  ): Promise<CheckResult> {
    return this.replies.check(commentId, body);
  }

  @Roles('reviewer')
  @Query(() => [Reply], {
    description: 'Replies awaiting approval, oldest submission first (reviewers).',
  })
  replyApprovals(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
  ): Promise<ReplyEntity[]> {
    if (first < 1 || first > MAX_QUEUE) {
      throw badInput(`first must be 1 to ${MAX_QUEUE}.`);
    }
    return this.replies.approvalQueue(first);
  }

  @Query(() => Int, { description: 'How many replies await approval.' })
  replyApprovalCount(): Promise<number> {
    return this.replies.countAwaitingApproval();
  }

  @Mutation(() => Reply, {
    description:
      "Saves the text of the comment's open reply (creating it). Editing a submitted or approved reply takes it back to DRAFT.",
  })
  saveReply(
    @Args('input') input: SaveReplyInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReplyEntity> {
    return this.replies.save(actor, { ...input, source: input.source ?? 'human' });
  }

  @Mutation(() => Reply, {
    description:
      'Submits a draft: APPROVED at once when the approval policy needs no reviewer, else PENDING_APPROVAL. Refused while the checker blocks it.',
  })
  submitReply(
    @Args('replyId', { type: () => ID }) replyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReplyEntity> {
    return this.replies.submit(actor, replyId);
  }

  @Roles('reviewer')
  @Mutation(() => Reply, {
    description:
      "Approves a reply awaiting approval (reviewers; not one's own). Warnings must be acknowledged.",
  })
  approveReply(
    @Args('input') input: ApproveReplyInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReplyEntity> {
    return this.replies.approve(actor, input);
  }

  @Roles('reviewer')
  @Mutation(() => Reply, {
    description: 'Sends a reply awaiting approval back with a reason (reviewers).',
  })
  rejectReply(
    @Args('input') input: RejectReplyInput,
    @CurrentActor() actor: Actor,
  ): Promise<ReplyEntity> {
    return this.replies.reject(actor, input);
  }

  @Mutation(() => Reply, {
    description:
      "Sends an approved reply: through the channel's connector, or recorded as sent by hand where there is none. The comment becomes REPLIED.",
  })
  sendReply(
    @Args('replyId', { type: () => ID }) replyId: string,
    @CurrentActor() actor: Actor,
    @Args('manual', {
      type: () => Boolean,
      nullable: true,
      description:
        'Record it as copied to the platform by hand even where a connector could post it.',
    })
    manual?: boolean | null,
  ): Promise<ReplyEntity> {
    return this.replies.send(actor, replyId, { manual: manual ?? false });
  }

  @Mutation(() => Boolean, { description: 'Discards a reply that was not sent.' })
  discardReply(
    @Args('replyId', { type: () => ID }) replyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    return this.replies.discard(actor, replyId);
  }

  @ResolveField(() => Comment, { description: 'The comment it answers.' })
  async comment(@Parent() reply: Reply, @Context() context: GraphQLContext): Promise<Comment> {
    const comment = await context.loaders.comment.load(reply.commentId);
    if (!comment) {
      throw notFound('The comment');
    }
    return toCommentType(comment);
  }
}

@Roles('agent')
@Resolver(() => Comment)
export class CommentRepliesResolver {
  constructor(private readonly replies: RepliesService) {}

  // Only a comment's detail asks for its replies; a list never does, so no loader is needed.
  @ResolveField(() => [Reply], {
    description: 'Public replies the team drafted or sent for this comment, newest first.',
  })
  async teamReplies(@Parent() comment: Comment): Promise<ReplyEntity[]> {
    return (await this.replies.forComments([comment.id])).get(comment.id) ?? [];
  }
}
