import { useMutation } from '@apollo/client/react';

import { RevokeApiTokenMutation } from '../graphql/revoke-api-token.mutation';
import { succeeded } from '../utils/succeeded';

/** Revokes a token; the answer marks it revoked in the cache. */
export function useRevokeApiToken() {
  const [mutate, { loading, error, reset }] = useMutation(RevokeApiTokenMutation);
  const revokeApiToken = (id: string) => succeeded(() => mutate({ variables: { id } }));
  return { revokeApiToken, isRevoking: loading, error, reset };
}
