import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';

import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { PostEntity } from './post.entity';

export interface PostRef {
  channelId: string;
  externalId: string;
}

export interface PostDetails extends PostRef {
  url: string | null;
  text: string | null;
  publishedAt: Date | null;
}

export function postKey(channelId: string, externalId: string): string {
  return `${channelId}\u0000${externalId}`;
}

@Injectable()
export class PostsService {
  constructor(private readonly dataSource: DataSource) {}

  findByIds(ids: readonly string[]): Promise<PostEntity[]> {
    return this.dataSource.getRepository(PostEntity).findBy({ id: In([...ids]) });
  }

  /**
   * Ids of the referenced posts, keyed by `postKey`, creating a placeholder (no text yet) for
   * each post not seen before: comments often arrive before the channel describes the post.
   */
  async ensureExist(
    manager: EntityManager,
    refs: readonly PostRef[],
    now: Date,
  ): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (refs.length === 0) {
      return ids;
    }
    const wanted = new Map<string, Set<string>>();
    for (const ref of refs) {
      const set = wanted.get(ref.channelId) ?? new Set<string>();
      set.add(ref.externalId);
      wanted.set(ref.channelId, set);
    }
    const missing: PostEntity[] = [];
    for (const [channelId, externalIds] of wanted) {
      const found = await manager.getRepository(PostEntity).find({
        select: { id: true, channelId: true, externalId: true },
        where: { channelId, externalId: In([...externalIds]) },
      });
      for (const post of found) {
        ids.set(postKey(post.channelId, post.externalId), post.id);
      }
      for (const externalId of externalIds) {
        if (!ids.has(postKey(channelId, externalId))) {
          const post: PostEntity = {
            id: newId(),
            channelId,
            externalId,
            url: null,
            text: null,
            publishedAt: null,
            createdAt: now,
          };
          missing.push(post);
          ids.set(postKey(channelId, externalId), post.id);
        }
      }
    }
    await insertRows(manager, PostEntity, missing);
    return ids;
  }

  /** Creates or completes posts with what the channel says about them. */
  async upsertDetails(
    manager: EntityManager,
    posts: readonly PostDetails[],
    now: Date,
  ): Promise<void> {
    const ids = await this.ensureExist(manager, posts, now);
    for (const post of posts) {
      await manager
        .getRepository(PostEntity)
        .update(
          { id: ids.get(postKey(post.channelId, post.externalId)) as string },
          { url: post.url, text: post.text, publishedAt: post.publishedAt },
        );
    }
  }
}
