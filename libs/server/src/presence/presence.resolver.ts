import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type PubSubEngine } from 'graphql-subscriptions';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { DomainEvents } from '../events/domain-events';
import { PUB_SUB, TOPICS } from '../realtime/pub-sub';
import {
  CommentPresence,
  PresenceActivityEnum,
  type PresenceEntry as PresenceEntryType,
  ReportPresenceInput,
} from './dto/presence.type';
import { PresenceService } from './presence.service';
import { type PresenceEntry } from './presence-board';

function toPresenceType(commentId: string, entries: PresenceEntry[]): CommentPresence {
  return {
    commentId,
    entries: entries.map(
      (entry): PresenceEntryType => ({
        userId: entry.userId,
        displayName: entry.displayName,
        activity: entry.activity as PresenceActivityEnum,
        since: entry.since,
      }),
    ),
  };
}

@Roles('agent')
@Resolver(() => CommentPresence)
export class PresenceResolver {
  constructor(
    private readonly presence: PresenceService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => CommentPresence, { description: 'Who is on a comment right now.' })
  commentPresence(
    @Args('commentId', { type: () => ID, description: 'The comment.' }) commentId: string,
  ): CommentPresence {
    return toPresenceType(commentId, this.presence.list(commentId));
  }

  @Mutation(() => CommentPresence, {
    description:
      'Says what the signed-in person is doing on a comment (renew every 20 s); returns who is on it now.',
  })
  reportPresence(
    @Args('input', { description: 'The comment and the activity.' }) input: ReportPresenceInput,
    @CurrentActor() actor: Actor,
  ): CommentPresence {
    const activity = input.activity === PresenceActivityEnum.LEFT ? null : input.activity;
    return toPresenceType(input.commentId, this.presence.report(input.commentId, actor, activity));
  }

  @Subscription(() => CommentPresence, {
    description: 'Who is on a comment, pushed each time that changes.',
    filter: (payload: { presenceChanged: CommentPresence }, variables: { commentId: string }) =>
      payload.presenceChanged.commentId === variables.commentId,
  })
  presenceChanged(
    @Args('commentId', { type: () => ID, description: 'The comment to watch.' }) _commentId: string,
  ): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(TOPICS.presence);
  }
}

/** Publishes each presence change with the current list. */
@Injectable()
export class PresencePushes implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly presence: PresenceService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    this.events.on('presence.changed', async ({ commentId }) => {
      await this.pubSub.publish(TOPICS.presence, {
        presenceChanged: toPresenceType(commentId, this.presence.list(commentId)),
      });
    });
  }
}
