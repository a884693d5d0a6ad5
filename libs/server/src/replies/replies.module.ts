import { Module } from '@nestjs/common';

import { CommentsModule } from '../comments/comments.module';
import { SettingsModule } from '../settings/settings.module';
import { CommentRepliesResolver, RepliesResolver } from './replies.resolver';
import { RepliesService } from './replies.service';
import { TemplatePreviewService } from './template-preview.service';
import { TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

@Module({
  imports: [CommentsModule, SettingsModule],
  providers: [
    RepliesService,
    TemplatesService,
    TemplatePreviewService,
    RepliesResolver,
    CommentRepliesResolver,
    TemplatesResolver,
  ],
  exports: [RepliesService, TemplatesService],
})
export class RepliesModule {}
