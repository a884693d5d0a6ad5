import { graphql } from '../../../gql';

/** Marks some (or, without ids, all) of the signed-in person's notifications read. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
