import { useQuery } from '@apollo/client/react';

import { TeamMembersQuery } from '../graphql/team-members.query';

/**
 * Active teammates. The picker, the mention suggestions and the note highlighting all read this
 * one cached list; the team changes far less often than a comment is opened, so the cache answers
 * after the first read.
 */
export function useTeamMembers() {
  const { data, loading, error, refetch } = useQuery(TeamMembersQuery, {
    fetchPolicy: 'cache-first',
  });
  return {
    members: data?.teamMembers ?? [],
    isLoading: loading && !data,
    error: error ?? null,
    refetch,
  };
}
