import { CombinedGraphQLErrors } from '@apollo/client/errors';

import { describeError, errorCodeOf } from '../../../app/apollo-client';

/**
 * What to tell the admin when a change was refused. For BAD_USER_INPUT and CONFLICT the server's
 * own words explain a rule about accounts ("Bedside needs at least one active admin…") and never
 * quote comment text; every other failure gets the message for its code.
 */
export function messageForAdmin(error: unknown): string {
  const code = errorCodeOf(error);
  if ((code === 'BAD_USER_INPUT' || code === 'CONFLICT') && CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? describeError(error).message;
  }
  return describeError(error).message;
}
