import { Module } from '@nestjs/common';

import { ChannelsModule } from '../channels/channels.module';
import { ReportRollups } from '../reports/report-rollups';
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
    ReportRollups,
    CommentsResolver,
    CommentConnectionResolver,
  ],
  exports: [CommentsService, FacetCountsService],
})
export class CommentsModule {}
