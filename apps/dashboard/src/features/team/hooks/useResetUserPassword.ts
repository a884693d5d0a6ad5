import { useMutation } from '@apollo/client/react';

import type { ResetUserPasswordInput } from '../../../gql/graphql';
import { ResetUserPasswordMutation } from '../graphql/reset-user-password.mutation';
import { succeeded } from '../utils/succeeded';

/** Sets a member's new password (which also lifts a lock-out). */
export function useResetUserPassword() {
  const [mutate, { loading, error, reset }] = useMutation(ResetUserPasswordMutation);
  const resetPassword = (input: ResetUserPasswordInput) =>
    succeeded(() => mutate({ variables: { input } }));
  return { resetPassword, isResetting: loading, error, reset };
}
