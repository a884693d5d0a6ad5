import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { type ChannelEntity } from '../channels/channel.entity';
import { ChannelsService } from '../channels/channels.service';
import { type CommentEntity } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { type PostEntity } from '../posts/post.entity';
import { PostsService } from '../posts/posts.service';
import { type UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/** Batches relation lookups of one GraphQL request: a page of 50 comments costs one query per relation. */
export interface Loaders {
  channel: DataLoader<string, ChannelEntity | null>;
  post: DataLoader<string, PostEntity | null>;
  comment: DataLoader<string, CommentEntity | null>;
  replies: DataLoader<string, CommentEntity[]>;
  replyCount: DataLoader<string, number>;
  user: DataLoader<string, UserEntity | null>;
}

export interface GraphQLContext {
  loaders: Loaders;
  /** The Fastify request and reply (the auth guard reads the caller from the request). */
  req: unknown;
  reply: unknown;
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

@Injectable()
export class LoadersFactory {
  constructor(
    private readonly channels: ChannelsService,
    private readonly posts: PostsService,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  /** Fresh loaders for one request, so no cached row outlives the request that read it. */
  create(): Loaders {
    return {
      channel: new DataLoader(async (ids) => byId(ids, await this.channels.findByIds(ids))),
      post: new DataLoader(async (ids) => byId(ids, await this.posts.findByIds(ids))),
      comment: new DataLoader(async (ids) => byId(ids, await this.comments.findByIds(ids))),
      replies: new DataLoader(async (ids) => {
        const map = await this.comments.findReplies(ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      replyCount: new DataLoader(async (ids) => {
        const map = await this.comments.countReplies(ids);
        return ids.map((id) => map.get(id) ?? 0);
      }),
      user: new DataLoader(async (ids) => byId(ids, await this.users.findByIds(ids))),
    };
  }
}
