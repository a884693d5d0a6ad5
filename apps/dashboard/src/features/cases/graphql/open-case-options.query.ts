import { graphql } from '../../../gql';

/** The cases still being worked on, newest first, to add a comment to one of them. */
export const OpenCaseOptionsQuery = graphql(`
  query OpenCaseOptions {
    cases(filter: { status: [OPEN, IN_PROGRESS, REOPENED] }, orderBy: NEWEST, first: 100) {
      edges {
        node {
          id
          reference
          title
        }
      }
    }
  }
`);
