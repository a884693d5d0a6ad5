import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { type PubSubEngine } from 'graphql-subscriptions';

import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { CommentsService } from '../comments/comments.service';
import { Comment } from '../comments/dto/comment.type';
import { INBOX_EVENT_MAX_COMMENTS, InboxEvent, InboxEventKind } from './dto/inbox-event.type';
import { PUB_SUB, TOPICS } from './pub-sub';

@Roles('agent')
@Resolver(() => InboxEvent)
export class InboxEventsResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
    private readonly commentsService: CommentsService,
  ) {}

  @Subscription(() => InboxEvent, {
    description:
      'Every change to the inbox as it happens: new comments, and status, assignment, label, note and case changes. Open dashboards use it to stay current without reloading.',
  })
  inboxChanged(): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(TOPICS.inbox);
  }

  @ResolveField(() => [Comment], {
    description: `For COMMENTS_UPDATED: the changed comments as they are now (at most ${INBOX_EVENT_MAX_COMMENTS}). Empty for COMMENTS_ADDED: read the inbox again.`,
  })
  async comments(@Parent() event: InboxEvent): Promise<Comment[]> {
    if (event.kind !== InboxEventKind.COMMENTS_UPDATED) {
      return [];
    }
    const rows = await this.commentsService.findByIds(event.commentIds.slice(0, INBOX_EVENT_MAX_COMMENTS));
    return rows.map(toCommentType);
  }
}
