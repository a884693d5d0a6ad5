import { graphql } from '../../../gql';

/** Revokes an API token: calls made with it are refused from now on. */
export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      ...ApiTokenRow_token
    }
  }
`);
