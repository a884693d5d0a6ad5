import { graphql } from '../../../gql';

/** Connects an account; its comments start arriving by webhook or polling. */
export const ConnectChannelMutation = graphql(`
  mutation ConnectChannel($input: ConnectChannelInput!) {
    connectChannel(input: $input) {
      id
      ...ChannelCard_channel
    }
  }
`);

/** Renames a channel or changes its credentials, base URL or poll interval. */
export const UpdateChannelConnectionMutation = graphql(`
  mutation UpdateChannelConnection($channelId: ID!, $input: UpdateChannelConnectionInput!) {
    updateChannelConnection(channelId: $channelId, input: $input) {
      id
      ...ChannelCard_channel
    }
  }
`);

export const PauseChannelMutation = graphql(`
  mutation PauseChannel($channelId: ID!) {
    pauseChannel(channelId: $channelId) {
      id
      ...ChannelCard_channel
    }
  }
`);

export const ResumeChannelMutation = graphql(`
  mutation ResumeChannel($channelId: ID!) {
    resumeChannel(channelId: $channelId) {
      id
      ...ChannelCard_channel
    }
  }
`);

/** Forgets the credentials; the channel and its comments stay (its `connection` becomes null). */
export const DisconnectChannelMutation = graphql(`
  mutation DisconnectChannel($channelId: ID!) {
    disconnectChannel(channelId: $channelId) {
      id
      ...ChannelCard_channel
    }
  }
`);

/** Asks the platform for one page with the stored credentials; stores nothing. */
export const TestChannelConnectionMutation = graphql(`
  mutation TestChannelConnection($channelId: ID!) {
    testChannelConnection(channelId: $channelId) {
      ok
      message
      itemsSeen
    }
  }
`);

/** Polls the channel now, whatever its schedule. */
export const PollChannelNowMutation = graphql(`
  mutation PollChannelNow($channelId: ID!) {
    pollChannelNow(channelId: $channelId) {
      ok
      message
      stored
      updated
      deleted
      pages
    }
  }
`);
