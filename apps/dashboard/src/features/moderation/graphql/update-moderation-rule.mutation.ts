import { graphql } from '../../../gql';

/** Changes a rule, or switches it on or off. */
export const UpdateModerationRuleMutation = graphql(`
  mutation UpdateModerationRule($input: UpdateModerationRuleInput!) {
    updateModerationRule(input: $input) {
      id
      ...ModerationRuleRow_rule
      ...ModerationRuleModal_rule
    }
  }
`);
