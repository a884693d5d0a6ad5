import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import {
  ReplyTemplateInput,
  ReplyTemplateType,
  TemplatePreview,
  UpdateReplyTemplateInput,
} from './dto/reply.types';
import { TemplatePreviewService } from './template-preview.service';
import { type TeamTemplate, TemplatesService } from './templates.service';

@Roles('agent')
@Resolver(() => ReplyTemplateType)
export class TemplatesResolver {
  constructor(
    private readonly templates: TemplatesService,
    private readonly previews: TemplatePreviewService,
  ) {}

  @Query(() => [ReplyTemplateType], {
    description: 'Reply templates: the built-in set with the team changes, then the team own.',
  })
  replyTemplates(): Promise<TeamTemplate[]> {
    return this.templates.list();
  }

  @Query(() => [TemplatePreview], {
    description:
      'Fills a template text for sample comments of its situation and runs the checker on each.',
  })
  previewReplyTemplate(@Args('input') input: ReplyTemplateInput): Promise<TemplatePreview[]> {
    return this.previews.preview(input);
  }

  @Roles('manager')
  @Mutation(() => ReplyTemplateType, {
    description: 'Creates a team template (managers); refused while the checker blocks it.',
  })
  async createReplyTemplate(
    @Args('input') input: ReplyTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<TeamTemplate> {
    await this.previews.assertPasses(input);
    return this.templates.create(actor, input);
  }

  @Roles('manager')
  @Mutation(() => ReplyTemplateType, {
    description:
      'Changes a template or turns it off (managers); a built-in one keeps the change beside the original.',
  })
  async updateReplyTemplate(
    @Args('input') input: UpdateReplyTemplateInput,
    @CurrentActor() actor: Actor,
  ): Promise<TeamTemplate> {
    const current = (await this.templates.list()).find((template) => template.key === input.key);
    if (current && (input.body != null || input.shortBody != null || input.situation != null)) {
      await this.previews.assertPasses({
        name: input.name ?? current.name,
        situation: input.situation ?? current.situation,
        body: input.body ?? current.body,
        shortBody: input.shortBody ?? current.shortBody ?? null,
      });
    }
    return this.templates.update(actor, input.key, input);
  }

  @Roles('manager')
  @Mutation(() => Boolean, {
    description: 'Restores a built-in template or deletes a team template (managers).',
  })
  resetReplyTemplate(@Args('key') key: string, @CurrentActor() actor: Actor): Promise<boolean> {
    return this.templates.reset(actor, key);
  }
}
