import { Module } from '@nestjs/common';

import { ChannelsModule } from '../channels/channels.module';
import { IngestModule } from '../ingest/ingest.module';
import { PostsModule } from '../posts/posts.module';
import { SampleResolver } from './sample.resolver';
import { SampleService } from './sample.service';

@Module({
  imports: [ChannelsModule, PostsModule, IngestModule],
  providers: [SampleService, SampleResolver],
  exports: [SampleService],
})
export class SampleModule {}
