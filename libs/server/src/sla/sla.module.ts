import { Module } from '@nestjs/common';

import { CommentSlaResolver, SlaResolver } from './sla.resolver';
import { SlaService } from './sla.service';

@Module({
  providers: [SlaService, SlaResolver, CommentSlaResolver],
  exports: [SlaService],
})
export class SlaModule {}
