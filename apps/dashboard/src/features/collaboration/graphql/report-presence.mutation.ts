import { graphql } from '../../../gql';

/** Says what the signed-in person is doing on a comment; answers with who is on it now. */
export const ReportPresenceMutation = graphql(`
  mutation ReportPresence($input: ReportPresenceInput!) {
    reportPresence(input: $input) {
      ...PresenceEntries_presence
    }
  }
`);
