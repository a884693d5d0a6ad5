import { useMutation } from '@apollo/client/react';

import type { UpdateChannelConnectionInput } from '../../../gql/graphql';
import { succeeded } from '../../team/utils/succeeded';
import { UpdateChannelConnectionMutation } from '../graphql/channel-mutations';

/** Saves an edited connection; the answer updates the channel in the cache. */
export function useUpdateChannelConnection() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateChannelConnectionMutation);
  const updateConnection = (channelId: string, input: UpdateChannelConnectionInput) =>
    succeeded(() => mutate({ variables: { channelId, input } }));
  return { updateConnection, isUpdating: loading, error, reset };
}
