import { graphql } from '../../../gql';

/** When spike alerts are raised (managers tune it). */
export const SpikeSettingsQuery = graphql(`
  query SpikeSettings {
    spikeSettings {
      multiplier
      minCount
      minIncrease
    }
  }
`);
