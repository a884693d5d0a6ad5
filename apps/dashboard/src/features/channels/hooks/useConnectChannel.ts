import { useMutation } from '@apollo/client/react';

import type { ConnectChannelInput } from '../../../gql/graphql';
import { succeeded } from '../../team/utils/succeeded';
import { ConnectChannelMutation } from '../graphql/channel-mutations';
import { ChannelsPageQuery } from '../graphql/channels-page.query';

/** Connects an account; the list is read again so the new channel appears in its place. */
export function useConnectChannel() {
  const [mutate, { loading, error, reset }] = useMutation(ConnectChannelMutation, {
    refetchQueries: [ChannelsPageQuery],
    awaitRefetchQueries: true,
  });
  const connectChannel = (input: ConnectChannelInput) =>
    succeeded(() => mutate({ variables: { input } }));
  return { connectChannel, isConnecting: loading, error, reset };
}
