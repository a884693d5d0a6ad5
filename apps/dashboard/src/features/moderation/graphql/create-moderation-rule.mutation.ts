import { graphql } from '../../../gql';

/** Adds a rule; it applies to comments that arrive from now on. */
export const CreateModerationRuleMutation = graphql(`
  mutation CreateModerationRule($input: CreateModerationRuleInput!) {
    createModerationRule(input: $input) {
      id
      ...ModerationRuleRow_rule
      ...ModerationRuleModal_rule
    }
  }
`);
