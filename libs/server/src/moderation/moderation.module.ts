import { Module } from '@nestjs/common';

import { AuthorsModule } from '../authors/authors.module';
import { CasesModule } from '../cases/cases.module';
import { CommentsModule } from '../comments/comments.module';
import { SlaModule } from '../sla/sla.module';
import {
  CommentModerationResolver,
  ModerationActionConnectionResolver,
  ModerationActionsResolver,
  ModerationRulesResolver,
} from './moderation.resolver';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationLoaders } from './moderation-loaders';
import { ModerationRulesService } from './moderation-rules.service';
import { ModerationScreeningService } from './moderation-screening.service';
import { NoConnectorPlatformModeration, PLATFORM_MODERATION } from './platform-moderation';
import { PlatformSync } from './platform-sync';

@Module({
  imports: [AuthorsModule, CasesModule, CommentsModule, SlaModule],
  providers: [
    // Channel connectors (a later issue) replace this with one that calls the platforms.
    { provide: PLATFORM_MODERATION, useClass: NoConnectorPlatformModeration },
    PlatformSync,
    ModerationRulesService,
    ModerationScreeningService,
    ModerationActionsService,
    ModerationLoaders,
    ModerationRulesResolver,
    ModerationActionsResolver,
    ModerationActionConnectionResolver,
    CommentModerationResolver,
  ],
  exports: [ModerationScreeningService],
})
export class ModerationModule {}
