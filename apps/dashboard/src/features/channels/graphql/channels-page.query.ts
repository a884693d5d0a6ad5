import { graphql } from '../../../gql';

/** Every channel with how it is connected, for the admins' channels page. */
export const ChannelsPageQuery = graphql(`
  query ChannelsPage {
    channels {
      id
      isSample
      connection {
        state
      }
      ...ChannelCard_channel
    }
  }
`);
