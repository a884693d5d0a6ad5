import { buildSampleComments, buildSamplePosts, SAMPLE_CHANNELS } from '@bedside/sample-data';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { ChannelEntity } from '../channels/channel.entity';
import { ChannelsService } from '../channels/channels.service';
import { Transactor } from '../database/transactor';
import { type IngestResult, IngestService } from '../ingest/ingest.service';
import { PostsService } from '../posts/posts.service';

/**
 * The demo data a newcomer sees: invented comments for a fictional hospital, stored in channels
 * flagged `isSample` so the UI labels them and real comments never land beside them.
 */
@Injectable()
export class SampleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly channels: ChannelsService,
    private readonly posts: PostsService,
    private readonly ingestService: IngestService,
  ) {}

  async isLoaded(): Promise<boolean> {
    return this.dataSource.getRepository(ChannelEntity).existsBy({ isSample: true });
  }

  /** Loads the sample, with times relative to `now`. Loading twice stores nothing twice. */
  async load(now: Date): Promise<IngestResult> {
    await this.transactor.run(async (manager) => {
      const channelIds = new Map<string, string>();
      for (const sample of SAMPLE_CHANNELS) {
        const channel = await this.channels.resolveForIngest(
          manager,
          sample.kind,
          { sample: true },
          now,
        );
        await manager
          .getRepository(ChannelEntity)
          .update(
            { id: channel.id },
            { displayName: sample.displayName, externalAccountId: sample.externalAccountId },
          );
        channelIds.set(sample.kind, channel.id);
      }
      const posts = buildSamplePosts(now).map((post) => ({
        channelId: channelIds.get(post.channel) as string,
        externalId: post.externalId,
        url: post.url,
        text: post.text,
        publishedAt: new Date(post.publishedAt),
      }));
      await this.posts.upsertDetails(manager, posts, now);
    });
    return this.ingestService.ingest(buildSampleComments(now), { now, sample: true });
  }

  /** Deletes the sample channels and, through foreign keys, their posts and comments. */
  async remove(): Promise<number> {
    return this.transactor.run(async (manager) => {
      const result = await manager.getRepository(ChannelEntity).delete({ isSample: true });
      return result.affected ?? 0;
    });
  }
}
