import { graphql } from '../../../gql';

/** Tunes the spike alert thresholds (managers). */
export const UpdateSpikeSettingsMutation = graphql(`
  mutation UpdateSpikeSettings($input: SpikeSettingsInput!) {
    updateSpikeSettings(input: $input) {
      multiplier
      minCount
      minIncrease
    }
  }
`);
