import { graphql } from '../../../gql';

/** Marks a spike alert as seen (audited); the answer updates the spike in the cache by id. */
export const AcknowledgeSpikeMutation = graphql(`
  mutation AcknowledgeSpike($id: ID!) {
    acknowledgeSpike(id: $id) {
      id
      acknowledgedAt
    }
  }
`);
