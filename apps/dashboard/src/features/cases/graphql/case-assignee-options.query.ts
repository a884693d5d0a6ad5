import { graphql } from '../../../gql';

/** Who a case can be assigned to: the active teammates, by name. */
export const CaseAssigneeOptionsQuery = graphql(`
  query CaseAssigneeOptions {
    teamMembers {
      id
      displayName
    }
  }
`);
