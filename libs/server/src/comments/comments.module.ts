import { Module } from '@nestjs/common';

import { ChannelsModule } from '../channels/channels.module';
import { CommentSearchService } from './comment-search.service';
import { CommentConnectionResolver, CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { FacetCountsService } from './facet-counts.service';

@Module({
  imports: [ChannelsModule],
  providers: [
    CommentsService,
    CommentSearchService,
    FacetCountsService,
    CommentsResolver,
    CommentConnectionResolver,
  ],
  exports: [CommentsService, FacetCountsService],
})
export class CommentsModule {}
