import { useMutation } from '@apollo/client/react';

import { succeeded } from '../../team/utils/succeeded';
import { DisconnectChannelMutation } from '../graphql/channel-mutations';

/** Forgets a channel's credentials; the answer (no connection) updates it in the cache. */
export function useDisconnectChannel() {
  const [mutate, { loading, error, reset }] = useMutation(DisconnectChannelMutation);
  const disconnectChannel = (channelId: string) =>
    succeeded(() => mutate({ variables: { channelId } }));
  return { disconnectChannel, isDisconnecting: loading, error, reset };
}
