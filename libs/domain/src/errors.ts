/**
 * Stable error codes shared by server and client. A GraphQL error carries one of these in
 * `extensions.code`; the dashboard branches on the code, never on the message. Add a code here
 * before throwing it anywhere.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'RATE_LIMITED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Safe, user-facing default messages: they never contain comment text or other PHI. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'The request was not valid.',
  NOT_FOUND: 'Not found.',
  UNAUTHENTICATED: 'Please sign in.',
  FORBIDDEN: 'You do not have permission to do that.',
  CONFLICT: 'Someone else changed this first. Reload and try again.',
  RATE_LIMITED: 'Too many requests. Try again shortly.',
  INTERNAL: 'Something went wrong on our side. The error has been logged.',
};
