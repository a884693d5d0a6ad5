import { Module } from '@nestjs/common';

import { AlertsModule } from '../alerts/alerts.module';
import { ChannelsModule } from '../channels/channels.module';
import { CommentsModule } from '../comments/comments.module';
import { ModerationModule } from '../moderation/moderation.module';
import { PostsModule } from '../posts/posts.module';
import { TriageModule } from '../triage/triage.module';
import { IngestResolver } from './ingest.resolver';
import { IngestService } from './ingest.service';

@Module({
  imports: [
    AlertsModule,
    ChannelsModule,
    CommentsModule,
    PostsModule,
    TriageModule,
    ModerationModule,
  ],
  providers: [IngestService, IngestResolver],
  exports: [IngestService],
})
export class IngestModule {}
