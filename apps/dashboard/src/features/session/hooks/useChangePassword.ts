import { useMutation } from '@apollo/client/react';

import { ChangePasswordMutation } from '../graphql/change-password.mutation';

/** Changes the signed-in person's password. */
export function useChangePassword() {
  const [mutate, { loading, error, reset }] = useMutation(ChangePasswordMutation);
  /** Resolves true on success; a failure is reported through `error`. */
  const changePassword = async (currentPassword: string, newPassword: string): Promise<boolean> => {
    try {
      const { data } = await mutate({ variables: { input: { currentPassword, newPassword } } });
      return data?.changePassword === true;
    } catch {
      return false;
    }
  };
  return { changePassword, isChanging: loading, error, reset };
}
