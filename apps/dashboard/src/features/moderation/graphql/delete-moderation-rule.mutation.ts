import { graphql } from '../../../gql';

/** Deletes a rule; what it already did stays in the log and can still be undone. */
export const DeleteModerationRuleMutation = graphql(`
  mutation DeleteModerationRule($input: DeleteModerationRuleInput!) {
    deleteModerationRule(input: $input)
  }
`);
