import { Module } from '@nestjs/common';

import { AuthorsModule } from '../authors/authors.module';
import { CasesModule } from '../cases/cases.module';
import { ChannelsModule } from '../channels/channels.module';
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
import { ConnectorPlatformModeration, PLATFORM_MODERATION } from './platform-moderation';
import { PlatformSync } from './platform-sync';

@Module({
  imports: [AuthorsModule, CasesModule, ChannelsModule, CommentsModule, SlaModule],
  providers: [
    { provide: PLATFORM_MODERATION, useClass: ConnectorPlatformModeration },
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
