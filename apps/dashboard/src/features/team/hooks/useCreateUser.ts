import { useMutation } from '@apollo/client/react';

import type { CreateUserInput } from '../../../gql/graphql';
import { CreateUserMutation } from '../graphql/create-user.mutation';
import { TeamPageQuery } from '../graphql/team-page.query';
import { succeeded } from '../utils/succeeded';

/** Adds a member; the list is read again so the new one appears in its place. */
export function useCreateUser() {
  const [mutate, { loading, error, reset }] = useMutation(CreateUserMutation, {
    refetchQueries: [TeamPageQuery],
    awaitRefetchQueries: true,
  });
  const createUser = (input: CreateUserInput) => succeeded(() => mutate({ variables: { input } }));
  return { createUser, isCreating: loading, error, reset };
}
