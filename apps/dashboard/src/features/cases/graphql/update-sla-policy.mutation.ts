import { graphql } from '../../../gql';

/** A manager sets one urgency's deadline. */
export const UpdateSlaPolicyMutation = graphql(`
  mutation UpdateSlaPolicy($input: UpdateSlaPolicyInput!) {
    updateSlaPolicy(input: $input) {
      urgency
      minutes
      defaultMinutes
      updatedAt
      updatedBy
    }
  }
`);
