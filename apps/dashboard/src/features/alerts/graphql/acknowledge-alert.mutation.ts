import { graphql } from '../../../gql';

/** Takes on a critical alert: it leaves every open banner and the audit trail records who. */
export const AcknowledgeAlertMutation = graphql(`
  mutation AcknowledgeAlert($input: AcknowledgeAlertInput!) {
    acknowledgeAlert(input: $input) {
      id
      acknowledgedAt
      acknowledgedBy
    }
  }
`);
