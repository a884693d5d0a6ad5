import { useMutation } from '@apollo/client/react';

import type { CreateApiTokenInput } from '../../../gql/graphql';
import { CreateApiTokenMutation } from '../graphql/create-api-token.mutation';
import { TeamPageQuery } from '../graphql/team-page.query';

/** Creates a token; resolves with its secret (shown once), or null when it failed. */
export function useCreateApiToken() {
  const [mutate, { loading, error, reset }] = useMutation(CreateApiTokenMutation, {
    refetchQueries: [TeamPageQuery],
    awaitRefetchQueries: true,
  });
  const createApiToken = async (input: CreateApiTokenInput): Promise<string | null> => {
    try {
      const { data } = await mutate({ variables: { input } });
      return data?.createApiToken.secret ?? null;
    } catch {
      return null;
    }
  };
  return { createApiToken, isCreating: loading, error, reset };
}
