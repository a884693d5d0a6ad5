import { Module } from '@nestjs/common';

import { CommentsModule } from '../comments/comments.module';
import { CorrectionsModule } from '../corrections/corrections.module';
import { RetriageService } from './retriage.service';
import { TriageService } from './triage.service';

@Module({
  imports: [CommentsModule, CorrectionsModule],
  providers: [TriageService, RetriageService],
  exports: [TriageService, RetriageService],
})
export class TriageModule {}
