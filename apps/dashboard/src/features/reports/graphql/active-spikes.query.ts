import { graphql } from '../../../gql';

/** Spike alerts of the last day nobody has acknowledged yet: the banner of the reports page. */
export const ActiveSpikesQuery = graphql(`
  query ActiveSpikes {
    activeSpikes {
      id
      acknowledgedAt
      ...SpikeDetails_spike
    }
  }
`);
