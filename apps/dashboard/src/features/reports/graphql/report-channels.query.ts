import { graphql } from '../../../gql';

/** Every channel, for the channel filter and to name the report's series. */
export const ReportChannelsQuery = graphql(`
  query ReportChannels {
    channels {
      id
      kind
      displayName
    }
  }
`);
