import { graphql } from '../../../gql';

/** Loads the invented comments of a fictional hospital into channels marked "Sample". */
export const LoadSampleDataMutation = graphql(`
  mutation LoadSampleData {
    loadSampleData {
      accepted
      duplicates
    }
  }
`);
