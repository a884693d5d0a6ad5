import { graphql } from '../../../gql';

/** Deletes the sample channels with their posts and comments. */
export const RemoveSampleDataMutation = graphql(`
  mutation RemoveSampleData {
    removeSampleData
  }
`);
