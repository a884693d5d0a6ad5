import { Module } from '@nestjs/common';

import { CommentsModule } from '../comments/comments.module';
import { SlaModule } from '../sla/sla.module';
import { CaseLoaders } from './case-loaders';
import { CaseConnectionResolver, CasesResolver, CommentCasesResolver } from './cases.resolver';
import { CasesService } from './cases.service';

@Module({
  imports: [CommentsModule, SlaModule],
  providers: [
    CasesService,
    CaseLoaders,
    CasesResolver,
    CaseConnectionResolver,
    CommentCasesResolver,
  ],
  exports: [CasesService],
})
export class CasesModule {}
