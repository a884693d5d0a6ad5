import { graphql } from '../../../gql';

/** What the banner and the spike list say about a spike alert. */
export const SpikeDetailsFragment = graphql(`
  fragment SpikeDetails_spike on ReportSpike {
    id
    kind
    channelId
    count
    expected
    ratio
    reason
    raisedAt
    windowStart
    windowEnd
    acknowledgedAt
  }
`);
