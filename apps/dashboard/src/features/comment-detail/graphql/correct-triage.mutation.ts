import { graphql } from '../../../gql';

/**
 * Corrects the open comment's triage labels. It selects what the inbox row shows (urgency,
 * sentiment, intents) and what the pane shows (the triage summary with its corrections), so the
 * normalised cache updates both without a refetch.
 */
export const CorrectTriageMutation = graphql(`
  mutation CorrectTriage($input: CorrectTriageInput!) {
    correctTriage(input: $input) {
      id
      urgency
      sentiment
      intents {
        label
        confidence
      }
      ...TriageSummary_comment
    }
  }
`);
