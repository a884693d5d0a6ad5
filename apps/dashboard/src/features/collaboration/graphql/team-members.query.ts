import { graphql } from '../../../gql';

/** Active teammates, for the assignee picker, @mention suggestions and mention highlighting. */
export const TeamMembersQuery = graphql(`
  query TeamMembers {
    teamMembers {
      id
      displayName
      role
    }
  }
`);
