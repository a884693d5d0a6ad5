import { useMutation } from '@apollo/client/react';

import type { UpdateUserInput } from '../../../gql/graphql';
import { UpdateUserMutation } from '../graphql/update-user.mutation';
import { succeeded } from '../utils/succeeded';

/** Role, deactivation, reactivation: the answer updates the member in the cache. */
export function useUpdateUser() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateUserMutation);
  const updateUser = (input: UpdateUserInput) => succeeded(() => mutate({ variables: { input } }));
  return { updateUser, isUpdating: loading, error, reset };
}
