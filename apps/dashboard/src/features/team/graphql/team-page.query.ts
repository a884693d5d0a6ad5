import { graphql } from '../../../gql';

/** The team screen's one query: every account and every API token. */
export const TeamPageQuery = graphql(`
  query TeamPage {
    users {
      id
      ...MemberRow_user
    }
    apiTokens {
      id
      ...ApiTokenRow_token
    }
  }
`);
