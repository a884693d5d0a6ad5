import { graphql } from '../../../gql';

/** The AI endpoint (admins); the organisation settings come from `ReplySettingsQuery`. */
export const AiDraftingSettingsQuery = graphql(`
  query AiDraftingSettings {
    aiDraftingSettings {
      enabled
      baseUrl
      model
      hasApiKey
      timeoutMs
    }
  }
`);

/** Saves the settings; the composer's `ReplySettingsQuery` is refetched to pick them up. */
export const UpdateOrganisationSettingsMutation = graphql(`
  mutation UpdateOrganisationSettings($input: UpdateOrganisationSettingsInput!) {
    updateOrganisationSettings(input: $input) {
      hospitalName
    }
  }
`);

export const UpdateAiDraftingMutation = graphql(`
  mutation UpdateAiDrafting($input: UpdateAiDraftingInput!) {
    updateAiDrafting(input: $input) {
      enabled
      baseUrl
      model
      hasApiKey
      timeoutMs
    }
  }
`);
