import { Module } from '@nestjs/common';

import { CommentsModule } from '../comments/comments.module';
import { RetriageService } from './retriage.service';
import { TriageService } from './triage.service';

@Module({
  imports: [CommentsModule],
  providers: [TriageService, RetriageService],
  exports: [TriageService, RetriageService],
})
export class TriageModule {}
