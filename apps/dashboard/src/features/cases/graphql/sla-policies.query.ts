import { graphql } from '../../../gql';

/** The SLA deadline of each urgency. */
export const SlaPoliciesQuery = graphql(`
  query SlaPolicies {
    slaPolicies {
      urgency
      minutes
      defaultMinutes
      updatedAt
      updatedBy
    }
  }
`);
