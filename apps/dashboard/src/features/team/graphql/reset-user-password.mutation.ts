import { graphql } from '../../../gql';

/** Sets a new password for a member, lifting a lock-out and signing them out. */
export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      id
      ...MemberRow_user
    }
  }
`);
