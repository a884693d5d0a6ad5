import { Module } from '@nestjs/common';

import { CommentsModule } from '../comments/comments.module';
import { CorrectionsResolver } from './corrections.resolver';
import { CorrectionsService } from './corrections.service';

@Module({
  imports: [CommentsModule],
  providers: [CorrectionsService, CorrectionsResolver],
  exports: [CorrectionsService],
})
export class CorrectionsModule {}
