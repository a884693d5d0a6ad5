import { type OrganisationSettings } from '@bedside/compliance';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import {
  AiDraftingSettingsType,
  OrganisationSettingsType,
  UpdateAiDraftingInput,
  UpdateOrganisationSettingsInput,
} from './dto/settings.types';
import { type AiDraftingConfig, SettingsService } from './settings.service';

function publicAiDrafting(config: AiDraftingConfig): AiDraftingSettingsType {
  return {
    enabled: config.enabled,
    baseUrl: config.baseUrl,
    model: config.model,
    hasApiKey: config.apiKey !== '',
    timeoutMs: config.timeoutMs,
  };
}

@Resolver()
export class SettingsResolver {
  constructor(private readonly settings: SettingsService) {}

  @Roles('agent')
  @Query(() => OrganisationSettingsType, {
    description: 'Organisation settings: reply contacts, trusted domains and the approval policy.',
  })
  async organisationSettings(): Promise<OrganisationSettingsType> {
    const { settings, aiDrafting } = await this.settings.read();
    return { ...settings, aiDraftingEnabled: aiDrafting.enabled };
  }

  @Roles('admin')
  @Mutation(() => OrganisationSettingsType, {
    description: 'Changes organisation settings (admin). Contacts are validated.',
  })
  async updateOrganisationSettings(
    @Args('input') input: UpdateOrganisationSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationSettingsType> {
    const settings = await this.settings.update(actor, input as Partial<OrganisationSettings>);
    return { ...settings, aiDraftingEnabled: (await this.settings.aiDrafting()).enabled };
  }

  @Roles('admin')
  @Query(() => AiDraftingSettingsType, {
    description: 'The AI drafting endpoint (admin); the key is never returned.',
  })
  async aiDraftingSettings(): Promise<AiDraftingSettingsType> {
    return publicAiDrafting(await this.settings.aiDrafting());
  }

  @Roles('admin')
  @Mutation(() => AiDraftingSettingsType, {
    description: 'Configures the optional AI drafting endpoint (admin).',
  })
  async updateAiDrafting(
    @Args('input') input: UpdateAiDraftingInput,
    @CurrentActor() actor: Actor,
  ): Promise<AiDraftingSettingsType> {
    return publicAiDrafting(await this.settings.updateAiDrafting(actor, input));
  }
}
