import { graphql } from '../../../gql';

/** Creates an API token; the answer is the only time its secret is seen. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      token {
        id
        ...ApiTokenRow_token
      }
    }
  }
`);
